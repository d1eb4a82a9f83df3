package io.regtrack.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One organization of a page with its cursor. */
@Description("A Organization with its cursor")
public record OrganizationEdge(
    @NonNull @Description("Opaque cursor of this edge, for after/before") String cursor,
    @NonNull @Description("The Organization at the end of this edge") Organization node) {}
