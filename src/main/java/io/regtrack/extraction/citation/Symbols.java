package io.regtrack.extraction.citation;

import io.regtrack.extraction.gazetteer.Province;
import io.regtrack.extraction.model.RegulationKind;
import java.util.Locale;
import java.util.Map;

/** Canonical symbols, their issuer scope, and symbols inferred from kind + issuer. */
final class Symbols {
  private Symbols() {}

  /** Issuer codes of local State bodies (UBND, HĐND, Sở …): their series repeat per province. */
  private static final java.util.regex.Pattern LOCAL_STATE_ISSUER =
      java.util.regex.Pattern.compile("(?:UBND|HĐND|SNV|STP|STC|SYT|SGDĐT|S[A-ZĐ]{1,6}$)");

  /** The Party code of each kind ("QĐ" serves both Quy định and Quyết định). */
  private static final Map<RegulationKind, String> PARTY_CODE =
      Map.of(
          RegulationKind.REGULATION, "QĐ",
          RegulationKind.DECISION, "QĐ",
          RegulationKind.DIRECTIVE, "CT",
          RegulationKind.RESOLUTION, "NQ",
          RegulationKind.CONCLUSION, "KL",
          RegulationKind.GUIDANCE, "HD",
          RegulationKind.NOTICE, "TB",
          RegulationKind.PLAN, "KH",
          RegulationKind.RULES, "QC");

  /** "58" + "qđ" + "tư" → "58-QĐ/TW"; "08" + "qđi" + "tw" → "08-QĐi/TW". */
  static String party(String number, String code, String suffix) {
    String c = code.toUpperCase(Locale.ROOT);
    if (c.endsWith("I") && c.length() > 2) {
      c = c.substring(0, c.length() - 1) + "i";
    }
    return number + "-" + c + "/" + suffix(suffix);
  }

  /** "15" + "2020" + "nđ - cp" → "15/2020/NĐ-CP". */
  static String stateWithYear(String number, String year, String code) {
    return number + "/" + year + "/" + code(code);
  }

  /** "123" + "qđ-ubnd" → "123/QĐ-UBND". */
  static String state(String number, String code) {
    return number + "/" + code(code);
  }

  private static String suffix(String s) {
    String u = s.toUpperCase(Locale.ROOT).replace("T.Ư", "TW").replace("TƯ", "TW");
    return u;
  }

  private static String code(String s) {
    // "TTg" (Thủ tướng) keeps its lower-case g, as written in every official symbol
    return s.toUpperCase(Locale.ROOT)
        .replaceAll("\\s+", "")
        .replaceAll("[–—]", "-")
        .replaceAll("(?<=^|-)TTG(?=-|$)", "TTg");
  }

  /** The Party code of a kind, or null when the kind has none. */
  static String partyCode(RegulationKind kind) {
    return PARTY_CODE.get(kind);
  }

  /** The kind-code part of a Party symbol ("58-QĐ/TW" → "QĐ"), or null. */
  static String codeOf(String symbol) {
    if (symbol == null) {
      return null;
    }
    int dash = symbol.indexOf('-');
    int slash = symbol.indexOf('/');
    if (dash > 0 && slash > dash) {
      return symbol.substring(dash + 1, slash).toUpperCase(Locale.ROOT);
    }
    return null;
  }

  /**
   * A Party symbol inferred from kind and issuer: Kết luận số 21 of Ban Chấp hành Trung ương →
   * "21-KL/TW". Null when the kind has no Party code or the issuer's series is unknown.
   */
  static String infer(RegulationKind kind, String number, String issuer) {
    String code = partyCode(kind);
    if (code == null || issuer == null || number == null) {
      return null;
    }
    String suffix;
    if (issuer.equals("Ban Tổ chức Trung ương")) {
      suffix = "BTCTW";
    } else if (issuer.equals("Bộ Chính trị")
        || issuer.equals("Ban Bí thư")
        || issuer.equals("Ban Chấp hành Trung ương")) {
      suffix = "TW";
    } else if (issuer.matches("(?:Ban Thường vụ )?(?:Tỉnh|Thành) ủy.*")) {
      suffix = "TU";
    } else if (issuer.matches("(?:Ban Thường vụ )?(?:Huyện|Quận|Thị) ủy.*")) {
      suffix = "HU";
    } else if (issuer.matches("(?:Ban Thường vụ )?Đảng ủy Khối.*")) {
      suffix = "ĐUK";
    } else {
      return null;
    }
    return number + "-" + code + "/" + suffix;
  }

  /**
   * The issuer scope of a symbol, part of a regulation's identity: "TW" for central Party series,
   * "VN" for State symbols that carry their year, else the series at the province ("TU@Hà Nam",
   * "QĐ-UBND@Nghệ An") since local series exist in every province.
   */
  static String scope(String symbol, String issuer, Province issuerProvince, Province article) {
    if (symbol == null) {
      if (issuer == null) {
        return null;
      }
      return Issuers.isCentralParty(issuer) ? "TW" : issuer;
    }
    String s = symbol.toUpperCase(Locale.ROOT);
    int slash = s.lastIndexOf('/');
    String tail = slash >= 0 ? s.substring(slash + 1) : s;
    if (s.matches("\\d+-[^/]+/.*") && tail.endsWith("TW")) {
      return "TW";
    }
    if (s.matches("\\d+/(?:19|20)\\d{2}/.*")) {
      return "VN";
    }
    if (tail.contains("-")) {
      // State symbol without a year, e.g. 123/QĐ-UBND: the issuer part after the first dash.
      tail = tail.substring(tail.indexOf('-') + 1);
      if (!LOCAL_STATE_ISSUER.matcher(tail).lookingAt()) {
        return "VN"; // 05/CT-TTg, 66/NQ-CP, 13/KH-BCA-ANCTNB: national series
      }
    }
    if (issuer != null && issuer.contains("Đảng ủy Khối")) {
      // A Khối's series is its own, wherever it sits: "01-CT/ĐUK" of the central Khối.
      return tail + "@" + issuer.substring(issuer.indexOf("Đảng ủy Khối"));
    }
    Province p = issuerProvince != null ? issuerProvince : article;
    return tail + "@" + (p == null ? "?" : p.name());
  }
}
