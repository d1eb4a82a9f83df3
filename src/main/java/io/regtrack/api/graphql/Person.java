package io.regtrack.api.graphql;

import io.regtrack.person.PersonSummary;
import io.regtrack.shared.id.GlobalId;
import io.regtrack.shared.id.NodeType;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A person named in articles; {@code meetings} is a field of {@link PersonGraphQlApi}. */
@Description("A person named in articles (merged conservatively across articles)")
public record Person(
    @Id @NonNull @Description("The global id (Node.id): opaque, stable, the nodeId of the REST API")
        String id,
    @NonNull @Description("Database id (the REST id)") int databaseId,
    @NonNull @Description("The name as the articles write it (\"Trần Văn Lâu\")") String name,
    @NonNull @Description("Positions as stated across articles, fullest forms")
        List<@NonNull String> positions,
    @NonNull @Description("Number of documents naming the person") int documentCount)
    implements Node {

  @Override
  @Id
  @NonNull
  public String getId() {
    return id;
  }

  static Person of(PersonSummary p) {
    return new Person(
        GlobalId.of(NodeType.Person, p.id()),
        Math.toIntExact(p.id()),
        p.name(),
        p.positions(),
        Math.toIntExact(p.documentCount()));
  }

  long key() {
    return databaseId;
  }
}
