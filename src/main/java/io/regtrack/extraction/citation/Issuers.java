package io.regtrack.extraction.citation;

import io.regtrack.extraction.gazetteer.Bodies;
import io.regtrack.extraction.gazetteer.Gazetteer;
import io.regtrack.extraction.gazetteer.Province;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Issuers of Party and State documents: the issuer phrase after "của" is named by {@link Bodies}
 * (canonical, completed with its place); symbol suffixes map to issuers (BTCTW → Ban Tổ chức Trung
 * ương).
 */
final class Issuers {
  private final Bodies bodies;

  Issuers(Gazetteer gazetteer) {
    this.bodies = new Bodies(gazetteer);
  }

  /** The issuer starting at {@code pos}, if any (see {@link Bodies#at}). */
  Optional<Bodies.Match> at(
      String key, String body, int pos, Province articleProvince, String textBloc) {
    return bodies.at(key, body, pos, articleProvince, textBloc);
  }

  /**
   * The first party committee below the province the text names ("Đảng ủy Quân sự tỉnh", "Đảng ủy
   * Công an tỉnh", "Đảng ủy xã Mèo Vạc"), canonical, or null: the issuer of its "…/ĐU" documents.
   */
  String firstPartyCommittee(String key, String body, Province articleProvince) {
    for (int at = key.indexOf("đảng ủy "); at >= 0; at = key.indexOf("đảng ủy ", at + 1)) {
      if (at > 0 && Character.isLetter(key.charAt(at - 1))) {
        continue;
      }
      if (key.startsWith("đảng ủy khối", at)) {
        continue; // a Khối's documents are …/ĐUK
      }
      Optional<Bodies.Match> m = bodies.at(key, body, at, articleProvince, null);
      if (m.isPresent() && !m.get().canonical().equals("Đảng ủy")) {
        return m.get().canonical();
      }
    }
    return null;
  }

  /**
   * The first Đảng ủy Khối the text names with its Khối ("Đảng ủy Khối các cơ quan Thành phố Hà
   * Nội"), canonical, or null: the issuer of its "…/ĐUK" documents.
   */
  String firstBlocCommittee(String key, String body, Province articleProvince) {
    String bloc = Bodies.firstBloc(key);
    for (int at = key.indexOf("đảng ủy khối"); at >= 0; at = key.indexOf("đảng ủy khối", at + 1)) {
      Optional<Bodies.Match> m = bodies.at(key, body, at, articleProvince, bloc);
      if (m.isPresent() && !m.get().canonical().equals("Đảng ủy Khối")) {
        return m.get().canonical();
      }
    }
    return null;
  }

  /** The text's first Khối name (see {@link Bodies#firstBloc}). */
  static String firstBloc(String key) {
    return Bodies.firstBloc(key);
  }

  /** Whether a canonical issuer is a central Party body (its symbols end in /TW). */
  static boolean isCentralParty(String issuer) {
    return Bodies.isCentralParty(issuer);
  }

  /**
   * The issuer a symbol's suffix implies when no "của" phrase says it: "…/BTCTW" → Ban Tổ chức
   * Trung ương, "…/NĐ-CP" → Chính phủ, "…/TU" → Tỉnh ủy (Thành ủy of a city) of the article's
   * province, "…/HU" → Huyện ủy of the district the article names first, "…/ĐUK" → the Đảng ủy Khối
   * the article names. {@code /TW} alone does not say which central body issued it.
   */
  static String impliedBySuffix(
      String symbol,
      Province articleProvince,
      Supplier<String> articleDistrict,
      Supplier<String> articleCommittee,
      Supplier<String> articleBloc) {
    if (symbol == null) {
      return null;
    }
    String s = symbol.toUpperCase(Locale.ROOT);
    String province = articleProvince == null ? null : articleProvince.name();
    if (s.endsWith("/QUTW")) {
      return "Quân ủy Trung ương";
    } else if (s.endsWith("/ĐUCA")) {
      return "Đảng ủy Công an Trung ương";
    } else if (s.endsWith("/ĐUK")) {
      // "112-KH/ĐUK" in a report of a Khối: its standing committee's plans, its own resolutions
      String bloc = articleBloc.get();
      return bloc == null || s.contains("-NQ/") ? bloc : "Ban Thường vụ " + bloc;
    } else if (s.endsWith("/ĐU")) {
      // "05-NQ/ĐU" in a report of the Đảng ủy Quân sự tỉnh: the committee the article names
      String committee = articleCommittee.get();
      // a commune's plans are its standing committee's; a police or military committee's its own
      boolean plan =
          s.contains("-KH/")
              && committee != null
              && committee.startsWith("Đảng ủy")
              && !committee.startsWith("Đảng ủy Công an")
              && !committee.startsWith("Đảng ủy Quân sự");
      return plan ? "Ban Thường vụ " + committee : committee;
    } else if (s.endsWith("/HU")) {
      // "120-KH/HU" in a report on Đức Phổ district: the district's Huyện ủy
      // a district's plans (…-KH/HU) are its standing committee's
      String district = articleDistrict.get();
      String body = s.contains("-KH/") ? "Ban Thường vụ Huyện ủy " : "Huyện ủy ";
      return district == null ? null : body + district;
    } else if (s.endsWith("/TU") && province != null) {
      // a centrally-run city has a Thành ủy; between plenums its standing committee issues the
      // province's plans, rules and decisions, the full committee its resolutions (…-NQ/TU)
      String committee = (articleProvince.city() ? "Thành ủy " : "Tỉnh ủy ") + province;
      return s.contains("-NQ/") ? committee : "Ban Thường vụ " + committee;
    } else if (s.endsWith("/BTCTW")) {
      return "Ban Tổ chức Trung ương";
    } else if (s.endsWith("/UBKTTW")) {
      return "Ủy ban Kiểm tra Trung ương";
    } else if (s.endsWith("/BTGTW")) {
      return "Ban Tuyên giáo Trung ương";
    } else if (s.endsWith("/BDVTW")) {
      return "Ban Dân vận Trung ương";
    } else if (s.endsWith("/VPTW")) {
      return "Văn phòng Trung ương Đảng";
    } else if (s.endsWith("-CP")) {
      return "Chính phủ";
    } else if (s.endsWith("-TTG") || s.contains("-TTG-")) {
      return "Thủ tướng Chính phủ";
    } else if (s.matches(".*/QH\\d+$")) {
      return "Quốc hội";
    } else if (s.matches(".*/UBTVQH\\d+$")) {
      return "Ủy ban Thường vụ Quốc hội";
    } else if (s.endsWith("-UBND") && province != null) {
      return "Ủy ban nhân dân " + (articleProvince.city() ? province : "tỉnh " + province);
    }
    return MINISTRIES.stream()
        .filter(m -> s.endsWith("-" + m.code()) || s.contains("-" + m.code() + "-"))
        .map(Ministry::name)
        .findFirst()
        .orElse(null);
  }

  /** Ministry codes of State symbols and their ministries, tried in this order. */
  private static final List<Ministry> MINISTRIES =
      List.of(
          new Ministry("BCA", "Bộ Công an"),
          new Ministry("BNV", "Bộ Nội vụ"),
          new Ministry("BTC", "Bộ Tài chính"),
          new Ministry("BTP", "Bộ Tư pháp"),
          new Ministry("BQP", "Bộ Quốc phòng"),
          new Ministry("BYT", "Bộ Y tế"),
          new Ministry("BGDĐT", "Bộ Giáo dục và Đào tạo"),
          new Ministry("BTTTT", "Bộ Thông tin và Truyền thông"));

  /** A ministry's symbol code ("BCA") and its name. */
  private record Ministry(String code, String name) {}
}
