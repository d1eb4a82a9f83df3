package io.regtrack.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One search hit of a page with its cursor. */
@Description("A SearchHit with its cursor")
public record SearchEdge(
    @NonNull @Description("Opaque cursor of this edge, for after") String cursor,
    @NonNull @Description("The SearchHit at the end of this edge") SearchHit node) {}
