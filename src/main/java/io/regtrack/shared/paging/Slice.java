package io.regtrack.shared.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A run of consecutive items of a keyset-ordered list, each with its own opaque cursor, and whether
 * items exist on either side (Relay's {@code PageInfo}).
 *
 * @param items the items, in the list's order
 * @param cursors one cursor per item, pointing at it
 * @param hasNextPage whether items follow the last one
 * @param hasPreviousPage whether items precede the first one
 */
public record Slice<T>(
    List<T> items, List<String> cursors, boolean hasNextPage, boolean hasPreviousPage) {
  public Slice {
    items = List.copyOf(items);
    cursors = List.copyOf(cursors);
    if (items.size() != cursors.size()) {
      throw new IllegalArgumentException("one cursor per item");
    }
  }

  /** An empty slice. */
  public static <T> Slice<T> empty() {
    return new Slice<>(List.of(), List.of(), false, false);
  }

  /** The cursor of the first item, or {@code null} when empty. */
  public String startCursor() {
    return cursors.isEmpty() ? null : cursors.getFirst();
  }

  /** The cursor of the last item, or {@code null} when empty. */
  public String endCursor() {
    return cursors.isEmpty() ? null : cursors.getLast();
  }

  /**
   * The same slice over other items: {@code load} maps the keys to items in one batch; keys whose
   * item has vanished meanwhile are dropped with their cursors.
   */
  public <R> Slice<R> load(Function<List<T>, Map<T, R>> load) {
    Map<T, R> loaded = load.apply(items);
    List<R> out = new ArrayList<>();
    List<String> outCursors = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      R item = loaded.get(items.get(i));
      if (item != null) {
        out.add(item);
        outCursors.add(cursors.get(i));
      }
    }
    return new Slice<>(out, outCursors, hasNextPage, hasPreviousPage);
  }

  /** This slice as a forward page: the next cursor is the last item's when more follow. */
  public Page<T> toPage() {
    return new Page<>(items, hasNextPage ? endCursor() : null);
  }
}
