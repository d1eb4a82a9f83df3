package io.regtrack.extraction.model;

/**
 * A half-open range of UTF-16 offsets into the document body.
 *
 * @param start first char (inclusive)
 * @param end last char (exclusive)
 */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  public int length() {
    return end - start;
  }
}
