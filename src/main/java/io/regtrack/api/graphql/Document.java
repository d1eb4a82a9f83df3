package io.regtrack.api.graphql;

import io.regtrack.document.DocumentView;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** An ingested article (GraphQL field names are the REST JSON names). */
@Description("An ingested article")
public record Document(
    @Id @NonNull String id,
    @NonNull String title,
    String source,
    String url,
    String author,
    LocalDateTime publishedAt,
    LocalDate publishedOn,
    @NonNull String body,
    @NonNull String contentHash) {

  static Document of(DocumentView d) {
    return new Document(
        String.valueOf(d.id()),
        d.title(),
        d.source(),
        d.url(),
        d.author(),
        d.publishedAt(),
        d.publishedOn(),
        d.body(),
        d.contentHash());
  }
}
