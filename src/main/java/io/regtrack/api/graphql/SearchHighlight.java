package io.regtrack.api.graphql;

import io.regtrack.search.Highlight;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Where a hit matched in one field. */
@Description("Where a search hit matched in one of its fields")
public record SearchHighlight(
    @NonNull @Description("The field: title, body, symbol, name or location") String field,
    @NonNull @Description("The field's text, or for a long body a snippet of it") String text,
    @NonNull @Description("Where text starts in the field (UTF-16 code units)") int offset,
    @NonNull
        @Description(
            "The matched words as UTF-16 offsets into the field (not into text); adjacent words"
                + " form one range")
        List<@NonNull SearchRange> ranges) {

  static SearchHighlight of(Highlight h) {
    return new SearchHighlight(
        h.field(),
        h.text(),
        h.offset(),
        h.ranges().stream().map(r -> new SearchRange(r.start(), r.end())).toList());
  }
}
