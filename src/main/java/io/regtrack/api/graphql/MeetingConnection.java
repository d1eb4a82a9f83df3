package io.regtrack.api.graphql;

import io.regtrack.shared.paging.Slice;
import java.util.List;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A page of meetings (Relay connection); {@code totalCount} is a field resolved only when asked
 * for, by {@code count}.
 */
@Description("A page of Meeting objects")
public record MeetingConnection(
    @NonNull @Description("The edges of this page: each node with its cursor")
        List<@NonNull MeetingEdge> edges,
    @NonNull @Description("The nodes of the edges, for clients that need no cursors")
        List<@NonNull Meeting> nodes,
    @NonNull @Description("Where this page is in the list: cursors and whether more pages exist")
        PageInfo pageInfo,
    @Ignore LongSupplier count) {

  static MeetingConnection of(Slice<Meeting> slice, LongSupplier count) {
    return new MeetingConnection(
        PageInfo.edges(slice, MeetingEdge::new), slice.items(), PageInfo.of(slice), count);
  }
}
