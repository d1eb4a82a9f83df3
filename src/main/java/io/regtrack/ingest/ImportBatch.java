package io.regtrack.ingest;

import java.util.Iterator;
import java.util.function.Supplier;

/**
 * The articles of one bulk import, read lazily: the API layer parses its format (NDJSON, zip) and
 * checks its limits before the job starts; the job reads one item at a time.
 */
public interface ImportBatch {

  /** How many items {@link #items()} yields. */
  int size();

  /** The items, in order; each call starts from the first. */
  Iterator<Item> items();

  /**
   * One article of the batch: plain text with its metadata, or a saved news page.
   *
   * @param label names it in the job's errors ({@code "line 3"}, an entry name)
   * @param text reads a text article ({@code null} for a page); throws {@link
   *     io.regtrack.shared.error.InvalidInputException} when the item is not an article (malformed
   *     JSON, an unsupported entry, invalid UTF-8)
   * @param html reads a page ({@code null} for a text article), likewise
   */
  record Item(String label, Supplier<ArticleSubmission> text, Supplier<HtmlSubmission> html) {

    /** A text article. */
    public static Item text(String label, Supplier<ArticleSubmission> text) {
      return new Item(label, text, null);
    }

    /** A saved news page ({@link IngestService#ingestHtml}). */
    public static Item html(String label, Supplier<HtmlSubmission> html) {
      return new Item(label, null, html);
    }
  }
}
