package io.regtrack.api.rest;

import io.regtrack.organization.OrganizationDetail;
import io.regtrack.organization.OrganizationKind;

/**
 * An organization.
 *
 * @param id organization id
 * @param name canonical name ("Ban Tổ chức Tỉnh ủy Bắc Giang")
 * @param kind PARTY_CENTRAL, PARTY_LOCAL, STATE_CENTRAL, STATE_LOCAL, MASS_ORGANIZATION or OTHER
 * @param province the province it belongs to, or null
 * @param parent the body it is part of, {id, name}, or null
 */
public record OrganizationResponse(
    long id, String name, OrganizationKind kind, String province, NamedRef parent) {

  static OrganizationResponse of(OrganizationDetail o) {
    return new OrganizationResponse(
        o.id(),
        o.organization().name(),
        o.organization().kind(),
        o.province() == null ? null : o.province().name(),
        NamedRef.of(o.parent()));
  }
}
