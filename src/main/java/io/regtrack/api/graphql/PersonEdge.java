package io.regtrack.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One person of a page with its cursor. */
@Description("A Person with its cursor")
public record PersonEdge(
    @NonNull @Description("Opaque cursor of this edge, for after/before") String cursor,
    @NonNull @Description("The Person at the end of this edge") Person node) {}
