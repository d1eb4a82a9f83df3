package io.regtrack.api.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Result of {@code POST /api/v1/citations/extract}.
 *
 * @param citations the citations found, in text order (not stored, so without ids)
 */
public record CitationExtractResponse(
    @Schema(description = "The citations found, in text order (not stored, so without ids)")
        List<CitationResponse> citations) {}
