package io.regtrack.province;

import java.util.List;

/**
 * A provincial-level unit as the feature exposes it.
 *
 * @param id database id
 * @param code ASCII slug ("soc-trang")
 * @param name canonical name ("Sóc Trăng")
 * @param kind province or centrally-run city
 * @param era before, after, or both sides of the 1 July 2025 merger
 * @param successorId the unit a {@link ProvinceEra#PRE_2025} unit became part of, else {@code null}
 * @param aliases other written forms ("TP.HCM")
 */
public record ProvinceView(
    long id,
    String code,
    String name,
    ProvinceKind kind,
    ProvinceEra era,
    Long successorId,
    List<String> aliases) {

  public ProvinceView {
    aliases = List.copyOf(aliases);
  }

  static ProvinceView of(Province p) {
    return new ProvinceView(p.id, p.code, p.name, p.kind, p.era, p.successorId, p.aliases);
  }
}
