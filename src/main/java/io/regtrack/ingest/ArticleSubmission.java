package io.regtrack.ingest;

import java.time.LocalDateTime;

/**
 * An article submitted for ingestion.
 *
 * @param text the article as plain text (required, not blank)
 * @param url where it was published, if known
 * @param source the outlet, if known (overrides the one found in the text)
 * @param publishedAt publish time, if known (overrides the publish line found in the text)
 */
public record ArticleSubmission(String text, String url, String source, LocalDateTime publishedAt) {

  /** A plain-text submission with no metadata. */
  public static ArticleSubmission ofText(String text) {
    return new ArticleSubmission(text, null, null, null);
  }
}
