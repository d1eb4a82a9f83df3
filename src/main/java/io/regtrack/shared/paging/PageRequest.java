package io.regtrack.shared.paging;

import io.regtrack.shared.error.InvalidInputException;

/**
 * Which part of a keyset-ordered list a client asks for, in Relay's terms: the {@code size} items
 * right after {@code after} (or from the start), or with {@code fromEnd} the {@code size} items
 * right before {@code before} (or at the end). Both cursors may be given; they bound the list on
 * either side.
 *
 * @param size how many items, at least 1
 * @param after opaque cursor: only items after it, or {@code null}
 * @param before opaque cursor: only items before it, or {@code null}
 * @param fromEnd take the items closest to {@code before} (Relay's {@code last}) instead of those
 *     closest to {@code after} ({@code first})
 * @param afterName the name of the {@code after} argument in the client's request, for errors
 *     ({@code "cursor"} in REST)
 */
public record PageRequest(
    int size, String after, String before, boolean fromEnd, String afterName) {
  public PageRequest {
    if (size < 1) {
      throw new IllegalArgumentException("size must be at least 1, got " + size);
    }
  }

  /**
   * The first {@code size} items after {@code cursor} (REST's {@code limit} and {@code cursor}).
   */
  public static PageRequest first(int size, String cursor) {
    return new PageRequest(size, cursor, null, false, "cursor");
  }

  /**
   * A Relay request from its four arguments, validated: exactly one of {@code first} and {@code
   * last} (when neither is given, {@code first = defaultSize}), each between 1 and {@code maxSize}.
   *
   * @throws InvalidInputException naming the offending argument
   */
  public static PageRequest relay(
      Integer first, String after, Integer last, String before, int defaultSize, int maxSize) {
    if (first != null && last != null) {
      throw new InvalidInputException(
          "last", "Passing both first and last is not supported; page with one of them");
    }
    if (last != null) {
      return new PageRequest(checkSize("last", last, maxSize), after, before, true, "after");
    }
    int size = first == null ? defaultSize : checkSize("first", first, maxSize);
    return new PageRequest(size, after, before, false, "after");
  }

  private static int checkSize(String name, int value, int maxSize) {
    if (value < 1 || value > maxSize) {
      throw new InvalidInputException(
          name, name + " must be between 1 and " + maxSize + ", got " + value);
    }
    return value;
  }
}
