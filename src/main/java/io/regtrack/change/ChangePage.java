package io.regtrack.change;

import java.util.List;

/**
 * A page of the change feed.
 *
 * @param items the changes, in feed order
 * @param nextToken where to continue: pass it as {@code since}; never null, also when there is
 *     nothing more yet (a client polls with it)
 * @param hasMore whether more changes can be read right away from {@code nextToken}
 */
public record ChangePage(List<Change> items, String nextToken, boolean hasMore) {
  public ChangePage {
    items = List.copyOf(items);
  }
}
