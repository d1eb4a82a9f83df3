package io.regtrack.extraction.text;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A scraped article with the site chrome taken off, as produced by {@link ArticleCleaner}.
 *
 * @param title the headline, trimmed NFC; {@code ""} when none was found
 * @param publishedOn the stated publish date, or {@code null} when the text has no publish line
 * @param publishedAt the stated publish date and time (as written, offset ignored), or {@code null}
 *     when no time is stated
 * @param author the byline ("PV", "Hoài Nam", an office name), or {@code null}
 * @param source the outlet tag or footer outlet name ("ĐCSVN", "Báo Yên Bình điện tử"), or {@code
 *     null}
 * @param body the content paragraphs in NFC joined by {@code "\n\n"}, without captions, byline and
 *     boilerplate; spacing inside a paragraph (including U+00A0) is kept; {@code ""} when empty
 * @param captions distinct photo captions in order of appearance; immutable
 * @param outlet the outlet's own name from a masthead or footer ("Báo Bình Định"), or {@code null};
 *     differs from {@code source} when the lead opens with a tag ("(BĐ) - …")
 */
public record CleanArticle(
    String title,
    LocalDate publishedOn,
    LocalDateTime publishedAt,
    String author,
    String source,
    String body,
    List<String> captions,
    String outlet) {

  /** An article whose outlet is known only by its {@code source}. */
  public CleanArticle(
      String title,
      LocalDate publishedOn,
      LocalDateTime publishedAt,
      String author,
      String source,
      String body,
      List<String> captions) {
    this(title, publishedOn, publishedAt, author, source, body, captions, null);
  }

  /** Replaces a {@code null} title or body by {@code ""} and copies the captions. */
  public CleanArticle {
    title = title == null ? "" : title;
    body = body == null ? "" : body;
    captions = captions == null ? List.of() : List.copyOf(captions);
  }
}
