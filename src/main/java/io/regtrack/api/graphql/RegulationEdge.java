package io.regtrack.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One regulation of a page with its cursor. */
@Description("A Regulation with its cursor")
public record RegulationEdge(
    @NonNull @Description("Opaque cursor of this edge, for after/before") String cursor,
    @NonNull @Description("The Regulation at the end of this edge") Regulation node) {}
