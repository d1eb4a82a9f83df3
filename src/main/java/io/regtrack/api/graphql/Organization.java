package io.regtrack.api.graphql;

import io.regtrack.organization.OrganizationKind;
import io.regtrack.organization.OrganizationView;
import io.regtrack.shared.id.GlobalId;
import io.regtrack.shared.id.NodeType;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** An issuing or organizing body; {@code province} and {@code parent} are batched fields. */
@Description("A Party or State body that issues regulations or organizes meetings")
public record Organization(
    @Id @NonNull @Description("The global id (Node.id): opaque, stable, the nodeId of the REST API")
        String id,
    @NonNull @Description("Database id (the REST id)") int databaseId,
    @NonNull @Description("Canonical name (\"Tỉnh ủy Hà Nam\")") String name,
    @NonNull @Description("What kind of body it is, from its name") OrganizationKind kind)
    implements Node {

  @Override
  @Id
  @NonNull
  public String getId() {
    return id;
  }

  static Organization of(OrganizationView o) {
    return new Organization(
        GlobalId.of(NodeType.Organization, o.id()), Math.toIntExact(o.id()), o.name(), o.kind());
  }

  long key() {
    return databaseId;
  }
}
