package io.regtrack.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One citation of a page with its cursor. */
@Description("A Citation with its cursor")
public record CitationEdge(
    @NonNull @Description("Opaque cursor of this edge, for after/before") String cursor,
    @NonNull @Description("The Citation at the end of this edge") Citation node) {}
