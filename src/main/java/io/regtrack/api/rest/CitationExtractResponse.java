package io.regtrack.api.rest;

import java.util.List;

/**
 * Result of {@code POST /api/v1/citations/extract}.
 *
 * @param citations the citations found, in text order (ids null: nothing is stored)
 */
public record CitationExtractResponse(List<CitationResponse> citations) {}
