package io.regtrack.api.graphql;

import io.regtrack.document.DocumentService;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Document queries. */
@GraphQLApi
public class DocumentGraphQlApi {
  private final DocumentService documents;

  public DocumentGraphQlApi(DocumentService documents) {
    this.documents = documents;
  }

  @Query("document")
  @Description("A document by id, or null when there is none")
  public Document document(@NonNull @Id String id) {
    long key;
    try {
      key = Long.parseLong(id);
    } catch (NumberFormatException e) {
      return null;
    }
    return documents.find(key).map(Document::of).orElse(null);
  }
}
