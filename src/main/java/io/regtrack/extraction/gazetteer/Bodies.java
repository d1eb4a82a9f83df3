package io.regtrack.extraction.gazetteer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canonical names of Party and State bodies: recognises a body's name at a position of a text ("Ban
 * Bí thư Trung ương Đảng" → "Ban Bí thư") and completes local bodies with their place ("Ban Thường
 * vụ Tỉnh ủy" in a Hà Nam article → "Ban Thường vụ Tỉnh ủy Hà Nam", "Huyện ủy" + "Giồng Trôm").
 * Used for the issuers of documents and for the organizers of meetings alike, so both name a body
 * the same way.
 */
public final class Bodies {

  /** How an issuer's name is completed. */
  private enum Completion {
    /** A fixed canonical name. */
    NONE,
    /** Followed by a province name, else the article's province: "Tỉnh ủy Hà Nam". */
    PROVINCE,
    /** Followed by the Khối's name, else the one the article names: "Đảng ủy Khối …". */
    BLOC,
    /** Followed by up to three capitalised words naming a district: "Huyện ủy Giồng Trôm". */
    PROPER_NAME,
    /**
     * A commune's committee, followed by its name, else named by the first "xã …" of the text:
     * "Đảng ủy xã Mèo Vạc".
     */
    COMMUNE
  }

  private record Rule(Pattern pattern, String canonical, Completion completion) {}

  /** Party bodies with symbols ending in TW: central. */
  public static final List<String> CENTRAL_PARTY =
      List.of(
          "Bộ Chính trị",
          "Ban Bí thư",
          "Ban Chấp hành Trung ương",
          "Ban Tổ chức Trung ương",
          "Ban Tuyên giáo Trung ương",
          "Ban Tuyên giáo và Dân vận Trung ương",
          "Ban Dân vận Trung ương",
          "Ban Nội chính Trung ương",
          "Ban Kinh tế Trung ương",
          "Ban Đối ngoại Trung ương",
          "Ủy ban Kiểm tra Trung ương",
          "Văn phòng Trung ương Đảng",
          "Tiểu ban Bảo vệ chính trị nội bộ Trung ương",
          "Quân ủy Trung ương",
          "Đảng ủy Công an Trung ương");

  // Each rule is anchored at the issuer's first word; longer names come before their prefixes.
  // canonical "%s" is replaced by the (capitalised) group 1 of the pattern.
  private static final List<Rule> RULES =
      List.of(
          // "Bộ Chính trị"
          rule("bộ chính trị", "Bộ Chính trị", Completion.NONE),
          // "Ban Bí thư Trung ương Đảng", "Ban Bí thư"
          rule("ban bí thư(?: trung ương(?: đảng)?)?", "Ban Bí thư", Completion.NONE),
          // "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII": a resolution's issuer
          rule(
              "hội nghị (?:lần thứ [\\p{L}\\d]+ (?:của )?(?:ban chấp hành|bch)"
                  + " (?:trung ương|tw)(?: đảng)?|trung ương [\\p{L}\\d]+)",
              "Ban Chấp hành Trung ương",
              Completion.NONE),
          // "Ban Chấp hành Trung ương Đảng", "BCH Trung ương"
          rule(
              "(?:ban chấp hành|bch) (?:trung ương|tw)(?: đảng)?",
              "Ban Chấp hành Trung ương",
              Completion.NONE),
          // "Ban Tổ chức Trung ương", "Ban Tuyên giáo và Dân vận Trung ương"
          rule(
              "ban (tổ chức|tuyên giáo và dân vận|tuyên giáo|dân vận|nội chính|kinh tế|đối ngoại)"
                  + " (?:trung ương|tw)(?: đảng)?",
              "Ban %s Trung ương",
              Completion.NONE),
          // "Ủy ban Kiểm tra Trung ương"
          rule("ủy ban kiểm tra (?:trung ương|tw)", "Ủy ban Kiểm tra Trung ương", Completion.NONE),
          // "Tiểu ban Bảo vệ chính trị nội bộ Trung ương"
          rule(
              "tiểu ban bảo vệ chính trị nội bộ trung ương",
              "Tiểu ban Bảo vệ chính trị nội bộ Trung ương",
              Completion.NONE),
          // "Văn phòng Trung ương Đảng"
          rule("văn phòng trung ương đảng", "Văn phòng Trung ương Đảng", Completion.NONE),
          // "Quân ủy Trung ương" (symbols …/QUTW)
          rule("quân ủy trung ương", "Quân ủy Trung ương", Completion.NONE),
          // "Đảng ủy Công an Trung ương" (symbols …/ĐUCA)
          rule("đảng ủy công an trung ương", "Đảng ủy Công an Trung ương", Completion.NONE),
          // "Ban Thường vụ Đảng ủy Quân sự tỉnh (Thanh Hóa)", "Ban Thường vụ Đảng ủy Công an tỉnh"
          rule(
              "ban thường vụ đảng ủy (quân sự|công an|biên phòng) (tỉnh|thành phố)",
              "Ban Thường vụ Đảng ủy %s %s",
              Completion.PROVINCE),
          // "Đảng ủy Quân sự tỉnh (Thanh Hóa)", "Đảng ủy Công an tỉnh (Lâm Đồng)"
          rule(
              "đảng ủy (quân sự|công an|biên phòng) (tỉnh|thành phố)",
              "Đảng ủy %s %s",
              Completion.PROVINCE),
          // "(Ban Thường vụ) Đảng ủy xã Mèo Vạc", "Đảng ủy phường Hà Giang 1"
          rule(
              "(ban thường vụ đảng ủy|đảng ủy) (xã|phường|thị trấn|đặc khu)",
              "%s %s",
              Completion.COMMUNE),
          // "Ban Chấp hành Đảng bộ Khối (các cơ quan tỉnh Lào Cai)"
          rule("ban chấp hành đảng bộ khối", "Ban Chấp hành Đảng bộ Khối", Completion.BLOC),
          // "Ban Thường vụ Đảng ủy Khối (các cơ quan Trung ương)"
          rule("ban thường vụ đảng ủy khối", "Ban Thường vụ Đảng ủy Khối", Completion.BLOC),
          // "Đảng ủy Khối các cơ quan Trung ương"
          rule("đảng ủy khối", "Đảng ủy Khối", Completion.BLOC),
          // "Ban Thường vụ Tỉnh ủy (Hà Nam)", "Ban Thường vụ Thành ủy"
          rule("ban thường vụ (tỉnh ủy|thành ủy)", "Ban Thường vụ %s", Completion.PROVINCE),
          // "Ban Thường vụ Huyện ủy Giồng Trôm"
          rule(
              "ban thường vụ (huyện ủy|quận ủy|thị ủy|đảng ủy)",
              "Ban Thường vụ %s",
              Completion.PROPER_NAME),
          // "Ban Chấp hành Đảng bộ tỉnh (Hà Nam)"
          rule(
              "ban chấp hành đảng bộ (tỉnh|thành phố)",
              "Ban Chấp hành Đảng bộ %s",
              Completion.PROVINCE),
          // "Ban Tổ chức Tỉnh ủy (Bắc Giang)"
          rule(
              "ban (tổ chức|tuyên giáo và dân vận|tuyên giáo|dân vận|nội chính)"
                  + " (tỉnh ủy|thành ủy)",
              "Ban %s %s",
              Completion.PROVINCE),
          // "Ủy ban Kiểm tra Tỉnh ủy (Nghệ An)"
          rule("ủy ban kiểm tra (tỉnh ủy|thành ủy)", "Ủy ban Kiểm tra %s", Completion.PROVINCE),
          // "Tỉnh ủy (Hà Nam)", "Thành ủy (Hà Nội)"
          rule("(tỉnh ủy|thành ủy)", "%s", Completion.PROVINCE),
          // "Huyện ủy Giồng Trôm"
          rule("(huyện ủy|quận ủy|thị ủy)", "%s", Completion.PROPER_NAME),
          // "Thủ tướng Chính phủ"
          rule("thủ tướng chính phủ", "Thủ tướng Chính phủ", Completion.NONE),
          // "Chính phủ"
          rule("chính phủ", "Chính phủ", Completion.NONE),
          // "Ủy ban Thường vụ Quốc hội"
          rule("ủy ban thường vụ quốc hội", "Ủy ban Thường vụ Quốc hội", Completion.NONE),
          // "Quốc hội (khóa XIV)"
          rule("quốc hội", "Quốc hội", Completion.NONE),
          // "Ủy ban nhân dân tỉnh (Nghệ An)", "UBND tỉnh"
          rule(
              "(?:ủy ban nhân dân|ubnd) (tỉnh|thành phố)",
              "Ủy ban nhân dân %s",
              Completion.PROVINCE),
          // "Hội đồng nhân dân tỉnh", "HĐND tỉnh"
          rule(
              "(?:hội đồng nhân dân|hđnd) (tỉnh|thành phố)",
              "Hội đồng nhân dân %s",
              Completion.PROVINCE),
          // "Bộ Công an", "Bộ Giáo dục và Đào tạo"
          rule(
              "bộ (công an|quốc phòng|nội vụ|tư pháp|tài chính|ngoại giao|y tế|xây dựng|công thương"
                  + "|giáo dục và đào tạo|thông tin và truyền thông|kế hoạch và đầu tư"
                  + "|nông nghiệp và phát triển nông thôn|nông nghiệp và môi trường"
                  + "|tài nguyên và môi trường|giao thông vận tải|khoa học và công nghệ"
                  + "|lao động - thương binh và xã hội|văn hóa, thể thao và du lịch"
                  + "|dân tộc và tôn giáo)",
              "Bộ %s",
              Completion.NONE));

  // "Đảng ủy Khối các cơ quan Trung ương", "Đảng ủy Khối Doanh nghiệp Trung ương", "Đảng ủy Khối
  // các cơ quan tỉnh": the Khối's full name, to complete "Ban Thường vụ Đảng ủy Khối".
  private static final Pattern BLOC_NAME =
      Pattern.compile(
          "đảng ủy khối (các cơ quan trung ương|doanh nghiệp trung ương"
              + "|các cơ quan và doanh nghiệp tỉnh|cơ quan và doanh nghiệp tỉnh|các cơ quan tỉnh"
              + "|doanh nghiệp tỉnh|các cơ quan thành phố|doanh nghiệp thành phố)");

  // " các cơ quan tỉnh", " Doanh nghiệp Trung ương": the Khối's name right after "Đảng ủy Khối" or
  // "Đảng bộ Khối".
  private static final Pattern OWN_BLOC =
      Pattern.compile(
          " (các cơ quan trung ương|doanh nghiệp trung ương|các cơ quan và doanh nghiệp tỉnh"
              + "|cơ quan và doanh nghiệp tỉnh|các cơ quan tỉnh|doanh nghiệp tỉnh"
              + "|các cơ quan thành phố|doanh nghiệp thành phố)");

  /** A district-level body's canonical name, which a district completes. */
  private static final Pattern DISTRICT_BODY = Pattern.compile("(?:Huyện|Quận|Thị) ủy$");

  // "huyện Đồng Văn", "Huyện ủy Mỏ Cày Nam", "thị xã Đức Phổ": a district the text names.
  private static final Pattern DISTRICT_NAME =
      Pattern.compile(
          "(?<![\\p{L}])(?iu:huyện ủy|huyện uỷ|quận ủy|quận uỷ|thị ủy|thị uỷ|huyện|quận|thị xã) "
              + "(?<name>\\p{Lu}\\p{L}*(?: \\p{Lu}\\p{L}*){0,2})");

  /** Head words of a body's name ("Ban …", "Sở …", "Đảng ủy …"). */
  private static final Pattern BODY_HEAD =
      Pattern.compile(
          "^(?:ban|bộ|sở|đảng ủy|đảng đoàn|tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|ủy ban|ubnd"
              + "|hđnd|hội đồng|công an|bộ chỉ huy|bộ đội|liên đoàn|mặt trận|ủy ban mttq|hội"
              + "|trường|học viện|viện|văn phòng|cục|tổng cục|đoàn|tiểu ban|chi bộ|quân khu"
              + "|thường trực|tòa án|viện kiểm sát)(?![\\p{L}])");

  /** Whether a match key starts with the head word of a body's name. */
  public static boolean startsWithBodyHead(String key) {
    return BODY_HEAD.matcher(key).find();
  }

  /** The first unit of this kind ("xã", "phường") the text names with a capitalised name. */
  private static String firstNamed(String body, String unit) {
    return once(body, unit, () -> scanNamed(body, unit));
  }

  private static String scanNamed(String body, String unit) {
    Matcher m = COMMUNE_NAME.matcher(io.regtrack.extraction.text.VietnameseText.nfc(body));
    while (m.find()) {
      if (m.group("unit").equals(unit)) {
        return m.group("name");
      }
    }
    return null;
  }

  // "xã Mèo Vạc", "phường Hà Giang": a commune-level unit the text names.
  private static final Pattern COMMUNE_NAME =
      Pattern.compile(
          "(?<![\\p{L}])(?<unit>xã|phường|thị trấn|đặc khu)"
              + " (?<name>\\p{Lu}\\p{L}*(?: \\p{Lu}\\p{L}*){0,2})");

  /**
   * The text last asked about on this thread and what was found in it ("district" or a unit word →
   * the name, possibly null): a text with many bare "Huyện ủy" is scanned once, not once each.
   */
  private static final ThreadLocal<Map<String, Optional<String>>> FOUND =
      ThreadLocal.withInitial(java.util.HashMap::new);

  private static final ThreadLocal<String> FOUND_IN = new ThreadLocal<>();

  private static String once(String body, String what, Supplier<String> find) {
    if (FOUND_IN.get() != body) {
      FOUND_IN.set(body);
      FOUND.get().clear();
    }
    return FOUND.get().computeIfAbsent(what, w -> Optional.ofNullable(find.get())).orElse(null);
  }

  /** The first district, town or county the text names ("huyện Đồng Văn"), or null. */
  public static String firstDistrict(String body) {
    return once(body, "district", () -> scanDistrict(body));
  }

  private static String scanDistrict(String body) {
    Matcher m = DISTRICT_NAME.matcher(io.regtrack.extraction.text.VietnameseText.nfc(body));
    while (m.find()) {
      String name = m.group("name");
      if (!startsWithBodyHead(io.regtrack.extraction.text.VietnameseText.matchKey(name))) {
        return name;
      }
    }
    return null;
  }

  // " Giồng Trôm": up to three capitalised words after a district-level body (in the body text).
  private static final Pattern PROPER_NAME =
      Pattern.compile("[ \\u00A0](\\p{Lu}\\p{L}*(?:[ \\u00A0]\\p{Lu}\\p{L}*){0,2})");

  /**
   * A recognised body.
   *
   * @param end where its name (with its place, when written) ends in the text
   * @param canonical its canonical name
   * @param province the province completing its name, or null
   * @param completed whether the canonical name holds a place (province, district, commune, Khối)
   *     the text did not write with it but gave elsewhere ("Ban Thường vụ Tỉnh ủy" in a Bắc Giang
   *     report → "Ban Thường vụ Tỉnh ủy Bắc Giang")
   */
  public record Match(int end, String canonical, Province province, boolean completed) {}

  private final Gazetteer gazetteer;

  /** Names bodies with the places of {@code gazetteer}. */
  public Bodies(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  private static Rule rule(String regex, String canonical, Completion completion) {
    return new Rule(Pattern.compile(regex + WORD_END), canonical, completion);
  }

  /**
   * The issuer starting at {@code pos}, if any.
   *
   * @param key the match key of the body
   * @param body the body (for capitalisation of names)
   * @param articleProvince the article's province, to complete local bodies; may be null
   * @param textBloc the text's first Khối name ({@link #firstBloc}), or null
   */
  public Optional<Match> at(
      String key, String body, int pos, Province articleProvince, String textBloc) {
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(key).region(pos, key.length());
      if (!m.lookingAt()) {
        continue;
      }
      String name = rule.canonical();
      for (int g = 1; g <= m.groupCount(); g++) {
        String word = m.group(g);
        // "Ủy ban nhân dân tỉnh", "Ban Chấp hành Đảng bộ thành phố": unit words stay lower case
        boolean unit = word.equals("tỉnh") || word.equals("thành phố");
        name = name.replaceFirst("%s", unit ? word : capitalise(word));
      }
      int end = m.end();
      Province province = null;
      boolean completed = false;
      switch (rule.completion()) {
        case PROVINCE -> {
          Place place = placeAfter(key, end, articleProvince);
          province = place.province();
          completed = province != null && place.end() == end;
          end = place.end();
          if (province != null) {
            name = withPlace(name, province);
          }
        }
        case BLOC -> {
          Matcher own = OWN_BLOC.matcher(key).region(m.end(), key.length());
          String bloc;
          if (own.lookingAt()) {
            bloc = own.group(1);
            end = own.end();
          } else {
            bloc = textBloc;
            completed = bloc != null;
          }
          if (bloc != null) {
            name = name + " " + blocName(bloc);
            if (bloc.endsWith("tỉnh") || bloc.endsWith("thành phố")) {
              // "Đảng ủy Khối các cơ quan tỉnh (Lào Cai)": a provincial bloc carries its province
              Place place = placeAfter(key, end, articleProvince);
              province = place.province();
              completed |= province != null && place.end() == end;
              end = place.end();
              if (province != null) {
                name = name + " " + province.name();
              }
            }
          }
        }
        case PROPER_NAME -> {
          Matcher p = PROPER_NAME.matcher(body).region(end, body.length());
          if (p.lookingAt()) {
            name = name + " " + p.group(1).replace('\u00A0', ' ');
            end = p.end();
          } else if (DISTRICT_BODY.matcher(name).find()) {
            // "Kế hoạch số 120-KH/HU của Ban Thường vụ Huyện ủy" in a report on one district
            String district = firstDistrict(body);
            if (district != null) {
              name = name + " " + district;
              completed = true;
            }
          }
        }
        case COMMUNE -> {
          // the unit word stays lower case: "Đảng ủy xã Mèo Vạc"
          String unit = m.group(2);
          name = (m.group(1).startsWith("ban") ? "Ban Thường vụ Đảng ủy" : "Đảng ủy") + " " + unit;
          Matcher p = PROPER_NAME.matcher(body).region(end, body.length());
          if (p.lookingAt()) {
            name = name + " " + p.group(1).replace('\u00A0', ' ');
            end = p.end();
          } else {
            String commune = firstNamed(body, unit);
            if (commune != null) {
              name = name + " " + commune;
              completed = true;
            }
          }
        }
        case NONE -> {
          // canonical as is
        }
      }
      return Optional.of(new Match(end, name, province, completed));
    }
    return Optional.empty();
  }

  /** A body's province and where its name ends. */
  private record Place(int end, Province province) {}

  /** The province written right after {@code end} (" Hà Nam"), else the article's. */
  private Place placeAfter(String key, int end, Province articleProvince) {
    Matcher p = gazetteer.nameMatcher(key);
    if (end < key.length()
        && key.charAt(end) == ' '
        && p.region(end + 1, key.length()).lookingAt()) {
      Optional<Province> written = gazetteer.byNameKey(p.group());
      if (written.isPresent()) {
        return new Place(p.end(), written.get());
      }
    }
    return new Place(end, articleProvince);
  }

  /**
   * A local body's name completed with its province: "Tỉnh ủy" → "Tỉnh ủy Hà Nam"; a unit word the
   * province's name repeats is dropped ("Ủy ban nhân dân thành phố" + "Thành phố Hồ Chí Minh" → "Ủy
   * ban nhân dân Thành phố Hồ Chí Minh").
   */
  public static String withPlace(String name, Province province) {
    String place = province.name();
    String lower = place.toLowerCase(java.util.Locale.ROOT);
    for (String unit : List.of(" thành phố", " tỉnh")) {
      if (name.endsWith(unit) && lower.startsWith(unit.substring(1) + " ")) {
        return name.substring(0, name.length() - unit.length()) + " " + place;
      }
    }
    return name + " " + place;
  }

  /** Whether a canonical name is a central Party body (its symbols end in /TW). */
  public static boolean isCentralParty(String name) {
    return name != null && CENTRAL_PARTY.contains(name);
  }

  /**
   * The first Khối name a text mentions ("các cơ quan trung ương"), or null: what completes a bare
   * "Ban Thường vụ Đảng ủy Khối". Found once per text by the parser and passed to {@link #at}.
   */
  public static String firstBloc(String key) {
    Matcher anywhere = BLOC_NAME.matcher(key);
    return anywhere.find() ? anywhere.group(1) : null;
  }

  private static String blocName(String keyName) {
    return switch (keyName) {
      case "các cơ quan trung ương" -> "các cơ quan Trung ương";
      case "doanh nghiệp trung ương" -> "Doanh nghiệp Trung ương";
      case "các cơ quan và doanh nghiệp tỉnh", "cơ quan và doanh nghiệp tỉnh" ->
          "Các cơ quan và doanh nghiệp tỉnh";
      case "các cơ quan tỉnh" -> "các cơ quan tỉnh";
      case "doanh nghiệp tỉnh" -> "Doanh nghiệp tỉnh";
      // a centrally-run city's blocs: "Đảng ủy Khối các cơ quan Thành phố Hà Nội"
      case "các cơ quan thành phố" -> "các cơ quan Thành phố";
      case "doanh nghiệp thành phố" -> "Doanh nghiệp Thành phố";
      default -> keyName;
    };
  }

  /**
   * "tổ chức" → "Tổ chức", "tỉnh ủy" → "Tỉnh ủy", "tuyên giáo và dân vận" → "Tuyên giáo và Dân
   * vận".
   */
  private static String capitalise(String words) {
    if (words == null || words.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(words.length());
    boolean start = true;
    String[] parts = words.split(" ");
    for (int i = 0; i < parts.length; i++) {
      String w = parts[i];
      if (i > 0) {
        sb.append(' ');
      }
      boolean keepLower =
          !start && (w.equals("và") || w.equals("ủy") || w.equals("-") || isSecondOfPair(parts, i));
      sb.append(keepLower || w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
      start = false;
    }
    return sb.toString();
  }

  /** In "công an", "nội vụ", "tổ chức" only the first word is capitalised. */
  private static boolean isSecondOfPair(String[] parts, int i) {
    return i > 0 && !parts[i - 1].equals("và") && !parts[i - 1].equals("-");
  }

  /** The end of a word: no letter or digit follows. */
  private static final String WORD_END = "(?![\\p{L}\\p{N}])";
}
