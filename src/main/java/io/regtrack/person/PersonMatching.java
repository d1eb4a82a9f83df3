package io.regtrack.person;

import io.regtrack.organization.OrganizationService;
import io.regtrack.shared.text.PositionKeys;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When two appearances of one name are one person. An appearance is summarized by its match keys:
 *
 * <ul>
 *   <li>{@code p:} + the key of each position ({@link PositionKeys#key}); a local position stated
 *       without its place ("Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh") is qualified with the article's
 *       province ("p:bí thư tỉnh ủy sóc trăng", the key of "Bí thư Tỉnh ủy Sóc Trăng"), and dropped
 *       when the province is unknown;
 *   <li>{@code o:} + the body each position belongs to, the post's title removed ("Phó Bí thư Tỉnh
 *       ủy" → "o:tỉnh ủy sóc trăng"), qualified the same way.
 * </ul>
 *
 * <p>Two appearances are compatible when they share a match key (a position or an organization), or
 * when one states no position at all and both are about the same province. The relation is
 * symmetric and depends on the two appearances only, so persons — the connected components of
 * compatible appearances — do not depend on the order documents are ingested in.
 */
final class PersonMatching {
  private PersonMatching() {}

  static final String POSITION = "p:";
  static final String ORGANIZATION = "o:";

  /** The title of a post, over position keys: "phó bí thư thường trực ", "ủy viên dự khuyết ". */
  private static final Pattern TITLE =
      Pattern.compile(
          "^(?:(?:phó|tổng|nguyên|quyền) )*(?:ủy viên dự khuyết|ủy viên thường trực|ủy viên|bí thư"
              + "|cục trưởng|vụ trưởng|bộ trưởng|thứ trưởng|viện trưởng|hiệu trưởng|trưởng"
              + "|chủ tịch|giám đốc|chánh văn phòng|chánh án|chánh|chủ nhiệm|tổng biên tập|thư ký"
              + "|chính ủy|tư lệnh|chỉ huy trưởng|đại biểu)(?: thường trực)?(?: |$)");

  /** A membership post naming its committee: "tỉnh ủy viên" is a member of the "tỉnh ủy". */
  private static final Pattern COMMITTEE_MEMBER =
      Pattern.compile("^(tỉnh ủy|huyện ủy|thành ủy|quận ủy|thị ủy) viên$");

  /**
   * A post in a body stating its parent: "Phó Cục trưởng Cục Bảo vệ chính trị nội bộ, Ban Tổ chức
   * Trung ương" → the body "Cục Bảo vệ chính trị nội bộ" and its parent. Over the text as written.
   */
  private static final Pattern POST_IN_QUALIFIED_BODY =
      Pattern.compile(
          "^(?:(?:Phó|Tổng|Nguyên|Quyền) )*(?:Cục trưởng|Vụ trưởng|Viện trưởng|[Tt]rưởng|Giám đốc"
              + "|Chánh Văn phòng|Chủ tịch|Bí thư|Ủy viên|Uỷ viên)(?: [Tt]hường trực)?"
              + " ((?:Cục|Vụ|Viện|Văn phòng|Tiểu ban|Ban|Sở) [^,]+), ([^,]+)$");

  /** The match keys of an appearance. */
  static Set<String> matchKeys(Collection<String> positions, String provinceKey) {
    Set<String> keys = new LinkedHashSet<>();
    for (String position : positions) {
      String key = PositionKeys.key(position);
      if (key.isEmpty()) {
        continue;
      }
      String qualified = qualify(key, provinceKey);
      if (qualified != null) {
        keys.add(POSITION + qualified);
      }
      String body = body(key);
      if (body != null) {
        String qualifiedBody = qualify(body, provinceKey);
        if (qualifiedBody != null) {
          keys.add(ORGANIZATION + qualifiedBody);
        }
      }
    }
    return keys;
  }

  /**
   * Whether two appearances of one name are one person.
   *
   * @param aKeys match keys of the first
   * @param aHasPositions whether the first states any position
   * @param aProvince province of the first's article, or {@code null}
   */
  static boolean compatible(
      Set<String> aKeys,
      boolean aHasPositions,
      Long aProvince,
      Collection<String> bKeys,
      boolean bHasPositions,
      Long bProvince) {
    for (String k : bKeys) {
      if (aKeys.contains(k)) {
        return true;
      }
    }
    return (!aHasPositions || !bHasPositions) && aProvince != null && aProvince.equals(bProvince);
  }

  /** The body a post belongs to: the key without the post's title, or {@code null}. */
  static String body(String positionKey) {
    Matcher member = COMMITTEE_MEMBER.matcher(positionKey);
    if (member.matches()) {
      return member.group(1);
    }
    Matcher title = TITLE.matcher(positionKey);
    if (!title.lookingAt()) {
      return null;
    }
    String body = positionKey.substring(title.end()).strip();
    return body.isEmpty() ? null : body;
  }

  /** A local key stated without its place gets the province; {@code null} when that is unknown. */
  static String qualify(String key, String provinceKey) {
    if (!OrganizationService.isRelative(key)) {
      return key;
    }
    return provinceKey == null || provinceKey.isEmpty() ? null : key + " " + provinceKey;
  }

  /**
   * The bodies a position names with their parent ("…, Ban Tổ chức Trung ương"): {@code [body,
   * parent]}, or {@code null}.
   */
  static List<String> qualifiedBody(String position) {
    Matcher m = POST_IN_QUALIFIED_BODY.matcher(Objects.requireNonNullElse(position, "").strip());
    return m.matches() ? List.of(m.group(1).strip(), m.group(2).strip()) : null;
  }
}
