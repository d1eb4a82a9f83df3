package io.regtrack.extraction.model;

/**
 * One mention of a regulation in the body.
 *
 * @param span UTF-16 offsets of the mention's core text ("Quy định số 58-QĐ/TW") in the body
 * @param text the body text of the span, exactly
 * @param form FULL, SHORT or NAMED
 * @param stated what this mention itself said (kind, number, symbol, issuer, date, title, …)
 * @param regulationKey key of the {@link ExtractedRegulation} of this article it resolves to
 */
public record CitationMention(
    Span span, String text, CitationForm form, RegulationFields stated, String regulationKey) {}
