package io.regtrack.api.rest;

import io.regtrack.organization.OrganizationView;

/**
 * An organization as a regulation's issuer.
 *
 * @param id organization id
 * @param name canonical name ("Bộ Chính trị")
 */
public record IssuerResponse(long id, String name) {

  static IssuerResponse of(OrganizationView o) {
    return o == null ? null : new IssuerResponse(o.id(), o.name());
  }
}
