package io.regtrack.api.rest;

import io.regtrack.organization.OrganizationView;

/**
 * A reference to an organization or a person: {@code {id, name}}.
 *
 * @param id its id
 * @param name its name
 */
public record NamedRef(long id, String name) {

  static NamedRef of(OrganizationView o) {
    return o == null ? null : new NamedRef(o.id(), o.name());
  }
}
