package io.regtrack.api.graphql;

import io.regtrack.ingest.CitationLookupService;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Citation lookup over a text, like CourtListener's citation lookup API. */
@GraphQLApi
@TranslatesErrors
public class CitationGraphQlApi {
  private final CitationLookupService lookup;

  public CitationGraphQlApi(CitationLookupService lookup) {
    this.lookup = lookup;
  }

  @Query("extractCitations")
  @Description(
      "The regulation citations in a text, in order, each resolved against the corpus when it is"
          + " known. Nothing is stored.")
  public @NonNull List<@NonNull ExtractedCitation> extractCitations(
      @NonNull @Description("The text to search for citations, plain UTF-8") String text) {
    return lookup.extract(text).stream().map(ExtractedCitation::of).toList();
  }
}
