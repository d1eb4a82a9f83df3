package io.regtrack.regulation;

/**
 * A stored citation.
 *
 * @param id database id
 * @param document the document it is in
 * @param text the exact text of the span
 * @param start first UTF-16 offset into the document body (inclusive)
 * @param end last offset (exclusive)
 * @param form FULL, SHORT or NAMED
 * @param stated what the mention itself said ({@code symbolInferred} is always {@code false}: an
 *     inferred symbol is not stated)
 * @param regulationId the regulation it resolves to
 */
public record CitationView(
    long id,
    CitingDocument document,
    String text,
    int start,
    int end,
    CitationForm form,
    StatedFields stated,
    long regulationId) {}
