package io.regtrack.api.graphql;

import io.regtrack.regulation.CitationForm;
import io.regtrack.regulation.CitationView;
import io.regtrack.shared.id.GlobalId;
import io.regtrack.shared.id.NodeType;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** One mention of a regulation in a document; {@code regulation} and {@code document} batched. */
@Description("One mention of a regulation in a document")
public record Citation(
    @Id @NonNull @Description("The global id (Node.id): opaque, stable, the nodeId of the REST API")
        String id,
    @NonNull @Description("Database id (the REST id)") int databaseId,
    @NonNull @Description("The exact text of the mention") String text,
    @NonNull @Description("First UTF-16 offset into Document.body (inclusive)") int start,
    @NonNull @Description("Last UTF-16 offset into Document.body (exclusive)") int end,
    @NonNull @Description("FULL, SHORT or NAMED") CitationForm form,
    @NonNull @Description("What this mention itself said") Stated stated,
    @Ignore long regulationKey,
    @Ignore long documentKey)
    implements Node {

  @Override
  @Id
  @NonNull
  public String getId() {
    return id;
  }

  static Citation of(CitationView c) {
    return new Citation(
        GlobalId.of(NodeType.Citation, c.id()),
        Math.toIntExact(c.id()),
        c.text(),
        c.start(),
        c.end(),
        c.form(),
        Stated.of(c.stated()),
        c.regulationId(),
        c.document().id());
  }
}
