package io.regtrack.search;

import java.util.List;

/**
 * Where a hit matched in one of its fields.
 *
 * @param field the field ({@code title}, {@code body}, {@code symbol}, {@code name}, {@code
 *     location})
 * @param text the field's text around the matches: the whole field, or for a long body a snippet
 * @param offset where {@code text} starts in the field (UTF-16 code units; 0 for a whole field)
 * @param ranges the matched words, as offsets into the field (not into {@code text}): start
 *     inclusive, end exclusive; adjacent matched words form one range ("bảo vệ chính trị")
 */
public record Highlight(String field, String text, int offset, List<Range> ranges) {
  public Highlight {
    ranges = List.copyOf(ranges);
  }

  /** A matched span of a field, in UTF-16 code units. */
  public record Range(int start, int end) {}
}
