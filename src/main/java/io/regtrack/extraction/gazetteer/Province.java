package io.regtrack.extraction.gazetteer;

import java.util.List;

/**
 * A provincial-level unit of Vietnam, before or after the 1 July 2025 merger.
 *
 * @param code ASCII slug ("soc-trang")
 * @param name canonical name ("Sóc Trăng")
 * @param city whether it is a centrally-run city (thành phố trực thuộc trung ương)
 * @param era {@code PRE_2025}, {@code POST_2025} or {@code BOTH}
 * @param successorCode code of the post-merger unit a {@code PRE_2025} unit became part of
 * @param aliases other written forms ("TP.HCM", "Bà Rịa-Vũng Tàu")
 * @param seat the administrative seat, if known
 * @param towns other well-known cities and towns in it
 */
public record Province(
    String code,
    String name,
    boolean city,
    String era,
    String successorCode,
    List<String> aliases,
    String seat,
    List<String> towns) {

  public Province {
    aliases = List.copyOf(aliases);
    towns = List.copyOf(towns);
  }

  /** Whether the unit existed before 1 July 2025. */
  public boolean existedBefore2025() {
    return !"POST_2025".equals(era);
  }

  /** Whether the unit exists after 1 July 2025. */
  public boolean existsAfter2025() {
    return !"PRE_2025".equals(era);
  }
}
