package io.regtrack.api.rest;

import io.regtrack.organization.OrganizationView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An organization as a regulation's issuer.
 *
 * @param id organization id
 * @param name canonical name ("Bộ Chính trị")
 */
public record IssuerResponse(
    @Schema(description = "Organization id") long id,
    @Schema(description = "Canonical name (\"Bộ Chính trị\")") String name) {

  static IssuerResponse of(OrganizationView o) {
    return o == null ? null : new IssuerResponse(o.id(), o.name());
  }
}
