package io.regtrack.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

/** Relay's object identification: every object with a global id, fetchable by {@code node}. */
@Interface
@Description("An object with a global id, refetchable with node(id)")
public interface Node {
  /** The global id (the same value as {@code nodeId} in the REST API). */
  @Id
  @NonNull
  @Description("Opaque global id; the same value as nodeId in the REST API")
  String getId();
}
