package io.regtrack.api.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.regtrack.organization.OrganizationDetail;
import io.regtrack.organization.OrganizationKind;
import io.regtrack.shared.id.GlobalId;
import io.regtrack.shared.id.NodeType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An organization.
 *
 * @param id organization id
 * @param name canonical name ("Ban Tổ chức Tỉnh ủy Bắc Giang")
 * @param kind PARTY_CENTRAL, PARTY_LOCAL, STATE_CENTRAL, STATE_LOCAL, MASS_ORGANIZATION or OTHER
 * @param province the province it belongs to, or null
 * @param parent the body it is part of, {id, name}, or null
 */
@JsonPropertyOrder({"id", "nodeId"})
public record OrganizationResponse(
    @Schema(description = "Organization id") long id,
    @Schema(description = "Canonical name (\"Ban Tổ chức Tỉnh ủy Bắc Giang\")") String name,
    @Schema(
            description =
                "PARTY_CENTRAL, PARTY_LOCAL, STATE_CENTRAL, STATE_LOCAL, MASS_ORGANIZATION or OTHER")
        OrganizationKind kind,
    @Schema(description = "The province it belongs to, or null", nullable = true) String province,
    @Schema(description = "The body it is part of, {id, name}, or null", nullable = true)
        NamedRef parent) {
  /** The global id: the same value as the GraphQL {@code Node.id}. */
  @JsonProperty("nodeId")
  @Schema(description = "Opaque global id, the same value as the GraphQL Node.id")
  public String nodeId() {
    return GlobalId.of(NodeType.Organization, id);
  }

  static OrganizationResponse of(OrganizationDetail o) {
    return new OrganizationResponse(
        o.id(),
        o.organization().name(),
        o.organization().kind(),
        o.province() == null ? null : o.province().name(),
        NamedRef.of(o.parent()));
  }
}
