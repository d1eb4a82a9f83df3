package io.regtrack.api.graphql;

import io.regtrack.shared.paging.Slice;
import java.util.List;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A page of search hits (Relay connection, forward only); {@code totalCount} is a field resolved
 * only when asked for, by {@code count}.
 */
@Description("A page of search hits, best first")
public record SearchConnection(
    @NonNull @Description("The edges of this page: each node with its cursor")
        List<@NonNull SearchEdge> edges,
    @NonNull @Description("The hits of the edges, for clients that need no cursors")
        List<@NonNull SearchHit> nodes,
    @NonNull @Description("Where this page is in the list: cursors and whether more pages exist")
        PageInfo pageInfo,
    @Ignore LongSupplier count) {

  static SearchConnection of(Slice<SearchHit> slice, LongSupplier count) {
    return new SearchConnection(
        PageInfo.edges(slice, SearchEdge::new), slice.items(), PageInfo.of(slice), count);
  }
}
