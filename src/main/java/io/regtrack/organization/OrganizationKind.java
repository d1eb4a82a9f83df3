package io.regtrack.organization;

import io.regtrack.shared.text.TextKeys;
import java.util.regex.Pattern;
import org.eclipse.microprofile.graphql.Description;

/** What kind of body an organization is, inferred from its canonical name. */
@Description("What kind of body an organization is, inferred from its canonical name")
public enum OrganizationKind {
  /** Central Party bodies: "Bộ Chính trị", "Ban Bí thư", "Ban Tổ chức Trung ương". */
  @Description("Central Party bodies: \"Bộ Chính trị\", \"Ban Bí thư\", \"Ban Tổ chức Trung ương\"")
  PARTY_CENTRAL,
  /** Local Party committees and their organs: "Tỉnh ủy Hà Nam", "Ban Thường vụ Huyện ủy …". */
  @Description(
      "Local Party committees and their organs: \"Tỉnh ủy Hà Nam\", \"Ban Thường vụ Huyện ủy …\"")
  PARTY_LOCAL,
  /** Central State bodies: "Chính phủ", "Quốc hội", "Bộ Công an", "Thủ tướng Chính phủ". */
  @Description("Central State bodies: \"Chính phủ\", \"Quốc hội\", \"Bộ Công an\"")
  STATE_CENTRAL,
  /** Local State bodies: "UBND tỉnh Nghệ An", "Ủy ban nhân dân …", "HĐND …". */
  @Description("Local State bodies: \"UBND tỉnh Nghệ An\", \"HĐND …\"")
  STATE_LOCAL,
  /** The Fatherland Front and mass organizations: "Mặt trận Tổ quốc", "Hội Nông dân …". */
  @Description(
      "The Fatherland Front and mass organizations: \"Mặt trận Tổ quốc\", \"Hội Nông dân …\"")
  MASS_ORGANIZATION,
  /** Anything else. */
  @Description("Any other body")
  OTHER;

  // The patterns below apply to TextKeys.nameKey(name): lower case, new-style tones, single spaces.

  /** The Standing Committee of the National Assembly: "Ủy ban Thường vụ Quốc hội". */
  private static final Pattern NATIONAL_ASSEMBLY_STANDING =
      Pattern.compile("^ủy ban thường vụ quốc hội(?: |$)");

  /**
   * A local Party committee anywhere in the name: "Tỉnh ủy Hà Nam", "Ban Tổ chức Tỉnh ủy Sóc
   * Trăng", "Đảng ủy Khối các cơ quan tỉnh", "Chi bộ …".
   */
  private static final Pattern LOCAL_PARTY_COMMITTEE =
      Pattern.compile(
          "(?:^| )(?:tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|đảng ủy|đảng bộ|chi bộ)(?: |$)");

  /** A standing committee at the start: "Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Đảng ủy xã". */
  private static final Pattern STANDING_COMMITTEE = Pattern.compile("^ban thường vụ(?: |$)");

  /** The central Party organs by name: "Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương". */
  private static final Pattern PARTY_CENTRAL_ORGAN =
      Pattern.compile("^(?:bộ chính trị|ban bí thư|ban chấp hành trung ương)(?: |$)");

  /**
   * A central Party board or office: "Ban Tổ chức Trung ương", "Ủy ban Kiểm tra Trung ương", "Văn
   * phòng Trung ương Đảng", "Ban Tuyên giáo Trung ương".
   */
  private static final Pattern PARTY_CENTRAL_BOARD =
      Pattern.compile(
          "^(?:ban|ủy ban kiểm tra|văn phòng|hội đồng lý luận) (?:.* )?trung ương(?: đảng)?$");

  /** Local People's Committees and Councils: "UBND tỉnh", "Ủy ban nhân dân huyện", "HĐND …". */
  private static final Pattern STATE_LOCAL_BODY =
      Pattern.compile("(?:^| )(?:ubnd|ủy ban nhân dân|hđnd|hội đồng nhân dân)(?: |$)");

  /**
   * Central State bodies: "Chính phủ", "Quốc hội", "Thủ tướng Chính phủ", "Chủ tịch nước", "Bộ Công
   * an", "Ngân hàng Nhà nước Việt Nam".
   */
  private static final Pattern STATE_CENTRAL_BODY =
      Pattern.compile(
          "^(?:chính phủ|quốc hội|thủ tướng|chủ tịch nước|văn phòng chính phủ|bộ [^ ]|"
              + "tòa án nhân dân tối cao|viện kiểm sát nhân dân tối cao|kiểm toán nhà nước|"
              + "ngân hàng nhà nước)");

  /**
   * The Fatherland Front and mass organizations: "Ủy ban Mặt trận Tổ quốc tỉnh", "Hội Nông dân",
   * "Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh", "Đoàn Thanh niên …", "Công đoàn …".
   */
  private static final Pattern MASS_BODY =
      Pattern.compile(
          "(?:^| )(?:mặt trận tổ quốc|hội nông dân|hội liên hiệp phụ nữ|hội cựu chiến binh|"
              + "đoàn thanh niên|công đoàn|tổng liên đoàn lao động)(?: |$)");

  /**
   * Infers the kind of an organization from its canonical name. Local Party committees are
   * recognised before central boards, so "Ban Tổ chức Tỉnh ủy Sóc Trăng" is {@link #PARTY_LOCAL}
   * and "Ban Tổ chức Trung ương" is {@link #PARTY_CENTRAL}.
   */
  public static OrganizationKind infer(String name) {
    String key = TextKeys.nameKey(name);
    if (NATIONAL_ASSEMBLY_STANDING.matcher(key).find()) {
      return STATE_CENTRAL;
    }
    if (LOCAL_PARTY_COMMITTEE.matcher(key).find() || STANDING_COMMITTEE.matcher(key).find()) {
      return PARTY_LOCAL;
    }
    if (PARTY_CENTRAL_ORGAN.matcher(key).find() || PARTY_CENTRAL_BOARD.matcher(key).find()) {
      return PARTY_CENTRAL;
    }
    if (STATE_LOCAL_BODY.matcher(key).find()) {
      return STATE_LOCAL;
    }
    if (STATE_CENTRAL_BODY.matcher(key).find()) {
      return STATE_CENTRAL;
    }
    if (MASS_BODY.matcher(key).find()) {
      return MASS_ORGANIZATION;
    }
    return OTHER;
  }
}
