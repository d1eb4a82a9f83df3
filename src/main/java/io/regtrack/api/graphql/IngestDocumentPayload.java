package io.regtrack.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Result of {@code ingestDocument}.
 *
 * @param document the stored document
 * @param created whether this call created it (false: the same article was already stored)
 */
@Description("Result of ingestDocument")
public record IngestDocumentPayload(
    @NonNull @Description("The stored document (the existing one when created is false)")
        Document document,
    @NonNull @Description("False when the same article (same content hash) was already stored")
        boolean created) {}
