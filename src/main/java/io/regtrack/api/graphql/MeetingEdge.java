package io.regtrack.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One meeting of a page with its cursor. */
@Description("A Meeting with its cursor")
public record MeetingEdge(
    @NonNull @Description("Opaque cursor of this edge, for after/before") String cursor,
    @NonNull @Description("The Meeting at the end of this edge") Meeting node) {}
