package io.regtrack.api.rest;

import io.regtrack.organization.OrganizationView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A reference to an organization or a person: {@code {id, name}}.
 *
 * @param id its id
 * @param name its name
 */
public record NamedRef(
    @Schema(description = "Its id") long id, @Schema(description = "Its name") String name) {

  static NamedRef of(OrganizationView o) {
    return o == null ? null : new NamedRef(o.id(), o.name());
  }
}
