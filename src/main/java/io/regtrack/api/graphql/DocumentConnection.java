package io.regtrack.api.graphql;

import io.regtrack.shared.paging.Slice;
import java.util.List;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A page of documents (Relay connection); {@code totalCount} is a field resolved only when asked
 * for, by {@code count}.
 */
@Description("A page of Document objects")
public record DocumentConnection(
    @NonNull @Description("The edges of this page: each node with its cursor")
        List<@NonNull DocumentEdge> edges,
    @NonNull @Description("The nodes of the edges, for clients that need no cursors")
        List<@NonNull Document> nodes,
    @NonNull @Description("Where this page is in the list: cursors and whether more pages exist")
        PageInfo pageInfo,
    @Ignore LongSupplier count) {

  static DocumentConnection of(Slice<Document> slice, LongSupplier count) {
    return new DocumentConnection(
        PageInfo.edges(slice, DocumentEdge::new), slice.items(), PageInfo.of(slice), count);
  }
}
