package io.regtrack.organization;

/**
 * An organization as the feature exposes it.
 *
 * @param id database id
 * @param name canonical name ("Bộ Chính trị", "Ban Thường vụ Tỉnh ủy Hà Nam")
 * @param kind kind inferred from the name
 */
public record OrganizationView(long id, String name, OrganizationKind kind) {

  static OrganizationView of(Organization o) {
    return new OrganizationView(o.id, o.name, o.kind);
  }
}
