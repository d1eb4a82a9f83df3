package io.regtrack.api.graphql;

import io.regtrack.search.SearchType;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * One search hit; {@code node} (the Document, Regulation, Meeting or Person) is a batched field of
 * {@link SearchGraphQlApi}.
 */
@Description("A search hit: the object found (node), how well it matched and where")
public record SearchHit(
    @NonNull @Description("What the node is") SearchType type,
    @NonNull
        @Description(
            "Relevance 0–1: 1.0 exact symbol, 0.95 kind or code and number, 0.9 cited regulation or"
                + " issue date, 0.85 publish or meeting date, 0.8 the query as a phrase in a title"
                + " or name, 0.7 all words in a title or name, 0.5 the phrase in the body, 0.4 all"
                + " words anywhere, 0.1–0.3 similar spelling (only when nothing matched exactly)."
                + " Ties: the most recent first")
        double score,
    @NonNull @Description("Where the query matched, field by field")
        List<@NonNull SearchHighlight> highlights,
    @Ignore long key) {

  static SearchHit of(io.regtrack.search.SearchHit h) {
    return new SearchHit(
        h.type(), h.score(), h.highlights().stream().map(SearchHighlight::of).toList(), h.id());
  }
}
