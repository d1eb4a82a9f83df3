package io.regtrack.shared.paging;

import java.util.List;

/**
 * One page of a cursor-paginated list.
 *
 * @param items the items of this page, in the list's stable order
 * @param nextCursor opaque cursor of the next page, or {@code null} on the last page
 */
public record Page<T>(List<T> items, String nextCursor) {
  public Page {
    items = List.copyOf(items);
  }
}
