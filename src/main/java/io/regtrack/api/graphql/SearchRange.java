package io.regtrack.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A matched span of a field. */
@Description("A matched span: UTF-16 offsets into the field, end exclusive")
public record SearchRange(@NonNull int start, @NonNull int end) {}
