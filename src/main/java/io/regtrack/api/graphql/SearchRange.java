package io.regtrack.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A matched span of a field. */
@Description("A matched span: UTF-16 offsets into the field, end exclusive")
public record SearchRange(
    @NonNull @Description("First UTF-16 offset into the field (inclusive)") int start,
    @NonNull @Description("Last UTF-16 offset into the field (exclusive)") int end) {}
