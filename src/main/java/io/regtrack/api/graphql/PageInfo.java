package io.regtrack.api.graphql;

import io.regtrack.shared.paging.Slice;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Relay's page information, shared by every connection.
 *
 * @param hasNextPage whether more items follow this page
 * @param hasPreviousPage whether items precede this page
 * @param startCursor the first edge's cursor, or {@code null} for an empty page
 * @param endCursor the last edge's cursor, or {@code null} for an empty page
 */
@Description("Information to fetch the neighbouring pages of a connection")
public record PageInfo(
    @NonNull @Description("Whether more items follow this page (page on with after: endCursor)")
        boolean hasNextPage,
    @NonNull @Description("Whether items precede this page (page back with before: startCursor)")
        boolean hasPreviousPage,
    @Description("Cursor of the first edge") String startCursor,
    @Description("Cursor of the last edge") String endCursor) {

  /** The edges of a slice: each item with its cursor. */
  static <T, E> List<E> edges(Slice<T> slice, BiFunction<String, T, E> edge) {
    List<E> edges = new ArrayList<>(slice.items().size());
    for (int i = 0; i < slice.items().size(); i++) {
      edges.add(edge.apply(slice.cursors().get(i), slice.items().get(i)));
    }
    return edges;
  }

  static PageInfo of(Slice<?> slice) {
    return new PageInfo(
        slice.hasNextPage(), slice.hasPreviousPage(), slice.startCursor(), slice.endCursor());
  }
}
