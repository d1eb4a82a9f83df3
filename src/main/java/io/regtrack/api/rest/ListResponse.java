package io.regtrack.api.rest;

import java.util.List;

/**
 * A page of a cursor-paginated list.
 *
 * @param items the items of this page
 * @param nextCursor pass as {@code cursor} to get the next page; {@code null} on the last page
 */
public record ListResponse<T>(List<T> items, String nextCursor) {}
