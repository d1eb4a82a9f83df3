package io.regtrack.api.graphql;

import io.regtrack.ingest.FoundCitation;
import io.regtrack.regulation.CitationForm;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A citation found in a submitted text (nothing stored).
 *
 * @param text the exact text of the mention
 * @param start first UTF-16 offset in the text as sent (inclusive)
 * @param end last offset (exclusive)
 * @param form FULL, SHORT or NAMED
 * @param stated what the mention said
 * @param regulation the regulation the corpus resolves it to, or null when unknown
 */
@Description("A citation found in a submitted text; nothing is stored")
public record ExtractedCitation(
    @NonNull @Description("The citation as it appears in the text") String text,
    @NonNull @Description("First UTF-16 offset in the text as sent (inclusive)") int start,
    @NonNull @Description("Last UTF-16 offset (exclusive)") int end,
    @NonNull @Description("How the citation names its regulation") CitationForm form,
    @NonNull @Description("What the citation itself stated") Stated stated,
    @Description("The regulation the corpus resolves it to; null when the corpus does not know it")
        Regulation regulation) {

  static ExtractedCitation of(FoundCitation c) {
    return new ExtractedCitation(
        c.text(),
        c.start(),
        c.end(),
        c.form(),
        Stated.of(c.stated()),
        c.regulation() == null ? null : Regulation.of(c.regulation().regulation()));
  }
}
