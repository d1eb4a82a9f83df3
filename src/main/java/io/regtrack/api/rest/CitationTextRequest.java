package io.regtrack.api.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON body of {@code POST /api/v1/citations/extract}. Documentation only: the resource reads
 * the field itself ({@link RequestBodies#jsonField}).
 *
 * @param text the text to search
 */
@Schema(name = "CitationTextRequest", description = "A text to search for citations")
public record CitationTextRequest(
    @Schema(
            required = true,
            description = "The text, searched as a whole (no boilerplate is removed)",
            example = "Thực hiện Quy định số 58-QĐ/TW ngày 08/02/2022 của Bộ Chính trị")
        String text) {}
