package io.regtrack.organization;

import io.regtrack.province.ProvinceView;

/**
 * Filters of the organization list; {@code null} means "any".
 *
 * @param q words that must all occur in the name, ignoring case and diacritics
 * @param kind the kind
 * @param province the province: organizations of it and, for a unit existing today, of the
 *     pre-merger units that became part of it
 */
public record OrganizationFilter(String q, OrganizationKind kind, ProvinceView province) {
  public static final OrganizationFilter ANY = new OrganizationFilter(null, null, null);
}
