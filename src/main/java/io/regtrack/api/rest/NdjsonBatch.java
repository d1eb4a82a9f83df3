package io.regtrack.api.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.regtrack.ingest.ImportBatch;
import io.regtrack.shared.error.InvalidInputException;
import io.regtrack.shared.error.PayloadTooLargeException;
import java.util.Iterator;

/**
 * An NDJSON import body: one JSON article a line ({@code {"text", "url", "source",
 * "publishedAt"}}), lines ending in LF or CRLF, blank lines skipped, a leading byte order mark
 * ignored. Each line is decoded and parsed only when the job reaches it, so a malformed line fails
 * alone, named by its line number (1-based, blank lines counted).
 */
final class NdjsonBatch implements ImportBatch {
  private final byte[] body;
  private final ObjectMapper json;
  private final int size;

  private NdjsonBatch(byte[] body, ObjectMapper json, int size) {
    this.body = body;
    this.json = json;
    this.size = size;
  }

  /**
   * Counts the articles.
   *
   * @throws InvalidInputException naming {@code body} when there is none
   * @throws PayloadTooLargeException when there are more than {@code maxEntries}
   */
  static NdjsonBatch of(byte[] body, ObjectMapper json, int maxEntries) {
    int size = 0;
    for (Iterator<Item> it = new Lines(body, null); it.hasNext(); it.next()) {
      if (++size > maxEntries) {
        throw new PayloadTooLargeException(
            "The request holds more than " + maxEntries + " articles (lines)", maxEntries);
      }
    }
    if (size == 0) {
      throw new InvalidInputException(
          "body", "The request body holds no article: every line is blank");
    }
    return new NdjsonBatch(body, json, size);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Iterator<Item> items() {
    return new Lines(body, json);
  }

  /** The non-blank lines as items (with {@code json == null}, for counting only). */
  private static final class Lines extends Prefetching<Item> {
    private final byte[] body;
    private final ObjectMapper json;
    private int pos;
    private int lineNo;

    Lines(byte[] body, ObjectMapper json) {
      this.body = body;
      this.json = json;
      this.pos = RequestBodies.bomLength(body);
    }

    @Override
    protected Item fetch() {
      while (pos < body.length) {
        int start = pos;
        int end = start;
        while (end < body.length && body[end] != '\n') {
          end++;
        }
        pos = end + 1;
        lineNo++;
        if (end > start && body[end - 1] == '\r') {
          end--;
        }
        if (!blank(body, start, end)) {
          return item(lineNo, start, end);
        }
      }
      return null;
    }

    private Item item(int line, int start, int end) {
      String label = "line " + line;
      if (json == null) {
        return Item.text(label, null);
      }
      return Item.text(
          label,
          () ->
              ArticleRequest.submission(
                  json,
                  RequestBodies.utf8(body, start, end, "The line is not valid UTF-8"),
                  "line"));
    }
  }

  private static boolean blank(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
        return false;
      }
    }
    return true;
  }
}
