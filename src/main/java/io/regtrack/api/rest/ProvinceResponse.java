package io.regtrack.api.rest;

import io.regtrack.province.ProvinceEra;
import io.regtrack.province.ProvinceKind;
import java.util.List;

/**
 * A provincial-level unit of the gazetteer.
 *
 * @param id province id
 * @param code ASCII slug ("soc-trang")
 * @param name canonical name ("Sóc Trăng")
 * @param kind PROVINCE or CITY (centrally-run city)
 * @param era PRE_2025 (merged on 1 July 2025), POST_2025 (created by the merger) or BOTH
 * @param today the unit it belongs to after the merger (itself when it continues)
 * @param predecessors for a unit existing today, the pre-merger units that became part of it
 *     (itself included when it continued); empty for a PRE_2025 unit
 * @param aliases other written forms
 */
public record ProvinceResponse(
    long id,
    String code,
    String name,
    ProvinceKind kind,
    ProvinceEra era,
    String today,
    List<String> predecessors,
    List<String> aliases) {}
