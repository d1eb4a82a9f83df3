package io.regtrack.api.graphql;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * An article to ingest.
 *
 * @param text the article as plain text
 * @param url where it was published
 * @param source the outlet (overrides the one found in the text)
 * @param publishedAt publish time (overrides the publish line found in the text)
 */
@Input("IngestDocumentInput")
@Description("An article to ingest")
public record IngestDocumentInput(
    @NonNull @Description("The article as plain text (headline first)") String text,
    @Description("Where it was published") String url,
    @Description("The outlet (overrides the one found in the text)") String source,
    @Description(
            "Publish time with its offset, converted to Vietnam time (overrides the publish line"
                + " in the text)")
        OffsetDateTime publishedAt) {}
