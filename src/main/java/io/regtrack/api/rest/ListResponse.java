package io.regtrack.api.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of a cursor-paginated list.
 *
 * @param items the items of this page
 * @param nextCursor pass as {@code cursor} to get the next page; {@code null} on the last page
 */
public record ListResponse<T>(
    @Schema(description = "The items of this page") List<T> items,
    @Schema(
            description = "Pass as cursor to get the next page; null on the last page",
            nullable = true)
        String nextCursor) {}
