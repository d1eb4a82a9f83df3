package io.regtrack.ingest;

import io.regtrack.regulation.CitationForm;
import io.regtrack.regulation.RegulationDetail;
import io.regtrack.regulation.StatedFields;

/**
 * A citation found in a submitted text (nothing stored).
 *
 * @param start first UTF-16 offset of the mention in the text as sent (inclusive)
 * @param end last offset (exclusive)
 * @param text the text of the span, exactly
 * @param form FULL or SHORT
 * @param stated what the mention itself said
 * @param regulation the regulation the registry resolves it to, or {@code null} when the registry
 *     does not know it
 */
public record FoundCitation(
    int start,
    int end,
    String text,
    CitationForm form,
    StatedFields stated,
    RegulationDetail regulation) {}
