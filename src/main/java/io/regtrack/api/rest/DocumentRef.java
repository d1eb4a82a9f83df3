package io.regtrack.api.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A reference to a document: {@code {id, title}}.
 *
 * @param id document id
 * @param title its headline
 */
public record DocumentRef(
    @Schema(description = "Document id") long id,
    @Schema(description = "Its headline") String title) {}
