package io.regtrack.organization;

import io.regtrack.province.ProvinceView;

/**
 * An organization with its place in the hierarchy.
 *
 * @param organization id, name and kind
 * @param province the province it belongs to, or {@code null} for central bodies and when unknown
 * @param parent the body it is part of ("Ban Tổ chức Trung ương" for "Cục Bảo vệ chính trị nội
 *     bộ"), or {@code null}
 */
public record OrganizationDetail(
    OrganizationView organization, ProvinceView province, OrganizationView parent) {

  /** The organization's id. */
  public long id() {
    return organization.id();
  }
}
