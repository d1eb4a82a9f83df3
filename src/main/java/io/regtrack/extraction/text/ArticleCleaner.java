package io.regtrack.extraction.text;

import java.util.List;

/** TEMPORARY placeholder until the real cleaning stage lands (helper-3 overwrites this file). */
public final class ArticleCleaner {
  public CleanArticle clean(String rawText) {
    String t = rawText.strip();
    int nl = t.indexOf('\n');
    String title = nl < 0 ? t : t.substring(0, nl).strip();
    return new CleanArticle(title, null, null, null, null, t, List.of());
  }
}
