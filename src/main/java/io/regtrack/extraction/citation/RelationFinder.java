package io.regtrack.extraction.citation;

import io.regtrack.extraction.model.ExtractedRelation;
import io.regtrack.extraction.model.RegulationKind;
import io.regtrack.extraction.model.RelationType;
import io.regtrack.extraction.model.Span;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Annotate: relations stated between two adjacent mentions of one sentence, read from the words
 * between them. Only what the text states: two documents merely listed together are unrelated.
 */
final class RelationFinder {
  /** Longest text between two mentions that can state a relation. */
  private static final int MAX_GAP = 90;

  // "… thay thế cho …", "…, ban hành thay thế …": the first mention replaces the second.
  private static final Pattern REPLACES =
      Pattern.compile(
          "^[\\s,(]*(?:và )?(?:(?:được )?ban hành )?(?:để |nhằm )?thay thế(?: cho)?\\s*$");

  // "Chỉ thị gồm 11 nội dung, thay thế Chỉ thị số 45": what the first document is, then a comma
  // and "thay thế" — the first document is still the subject (no "và" brings in another one).
  private static final Pattern REPLACES_AFTER_CLAUSE =
      Pattern.compile(
          "^(?:(?!(?<![\\p{L}])và(?![\\p{L}]))[^.;]){0,120},\\s*thay thế(?: cho)?\\s*$");

  // "Quy định số 124-QĐ/TW có hiệu lực từ ngày ký và thay thế Quy định số 132-QĐ/TW": taking effect
  // and replacing are one statement about the first document.
  private static final Pattern REPLACES_ON_EFFECT =
      Pattern.compile(
          "^[\\s,]*(?:có hiệu lực(?: thi hành)?(?: (?:kể )?từ (?:ngày ký(?: ban hành)?|ngày [\\d/.]+))?"
              + ",?\\s+(?:và )?)thay thế(?: cho)?\\s*$");

  // "… được thay thế bởi …", "… đã được thay thế bằng …": the second replaces the first.
  private static final Pattern REPLACED_BY =
      Pattern.compile("^[\\s,(]*(?:đã )?(?:được|bị) thay thế (?:bởi|bằng)\\s*$");

  // "Hướng dẫn … thực hiện …", "Kế hoạch … triển khai thực hiện …", "… hướng dẫn thi hành …",
  // "Nghị quyết … về lãnh đạo thực hiện …", "Quyết định … ban hành Kế hoạch triển khai thực hiện
  // …", "Nghị quyết số 03/NQ-CP … ban hành Chương trình hành động của Chính phủ thực hiện …".
  private static final Pattern GUIDES =
      Pattern.compile(
          "^[\\s,(]*(?:để |về việc |về )?(?:ban hành (?:kế hoạch|chương trình hành động)"
              + "(?: của [^,;.]{1,40}?)? )?"
              + "(?:(?:hướng dẫn|triển khai|tổ chức|cụ thể hóa|quán triệt|lãnh đạo|chỉ đạo|học tập"
              + "|tuyên truyền)(?:,| và)? )*"
              + "(?:thực hiện|thi hành)(?: một số (?:nội dung|điều)(?:,? khoản)? của)?\\s*$");

  // "Nghị định … quy định chi tiết một số điều của Luật …", "Thông tư … hướng dẫn …".
  private static final Pattern DETAILS =
      Pattern.compile(
          "^[\\s,(]*(?:quy định chi tiết|hướng dẫn chi tiết|hướng dẫn)(?: (?:thi hành|việc thi hành))?"
              + "(?: một số điều(?:,? khoản)?(?: và biện pháp thi hành)?)?(?: của)?\\s*$");

  // "A được sửa đổi, bổ sung bởi B": B amends A.
  private static final Pattern AMENDED_BY =
      Pattern.compile(
          "^[\\s,(]*(?:đã )?được sửa đổi,? bổ sung(?: một số điều)?(?: (?:bởi|tại|theo|bằng))\\s*$");

  // "B sửa đổi, bổ sung một số điều của A": B amends A.
  private static final Pattern AMENDS =
      Pattern.compile(
          "^[\\s,(]*(?:về )?(?:việc )?sửa đổi,? bổ sung(?: một số điều(?:,? khoản)?(?: của)?)?\\s*$");

  // "Quy chế số X ban hành kèm theo Quyết định số Y".
  private static final Pattern ISSUED_WITH =
      Pattern.compile("^[\\s,(]*(?:được )?ban hành kèm theo\\s*$");

  /** " và " between two objects of one verb. */
  private static final Pattern JOINED = Pattern.compile("^[\\s,]*và\\s*$");

  /** Kinds that guide or implement another instrument. */
  private static final Set<RegulationKind> GUIDING =
      EnumSet.of(
          RegulationKind.GUIDANCE,
          RegulationKind.PLAN,
          RegulationKind.CIRCULAR,
          RegulationKind.DECREE,
          RegulationKind.DECISION,
          RegulationKind.OFFICIAL_LETTER);

  /** Kinds whose details a Nghị định or Thông tư lays down. */
  private static final Set<RegulationKind> DETAILED =
      EnumSet.of(RegulationKind.LAW, RegulationKind.DECREE, RegulationKind.RESOLUTION);

  List<ExtractedRelation> find(String key, List<Draft> drafts, Map<Draft, String> keys) {
    Set<ExtractedRelation> found = new LinkedHashSet<>();
    for (int i = 0; i + 1 < drafts.size(); i++) {
      Draft a = drafts.get(i);
      Draft b = drafts.get(i + 1);
      String gap = gap(key, a, b);
      if (gap == null) {
        continue;
      }
      RelationType type = null;
      boolean reversed = false;
      if (REPLACES.matcher(gap).matches()
          || REPLACES_AFTER_CLAUSE.matcher(gap).matches()
          || REPLACES_ON_EFFECT.matcher(gap).matches()) {
        type = RelationType.REPLACES;
      } else if (REPLACED_BY.matcher(gap).matches()) {
        type = RelationType.REPLACES;
        reversed = true;
      } else if (AMENDED_BY.matcher(gap).matches()) {
        type = RelationType.AMENDS;
        reversed = true;
      } else if (AMENDS.matcher(gap).matches()) {
        type = RelationType.AMENDS;
      } else if (a.kind == RegulationKind.RULES && ISSUED_WITH.matcher(gap).matches()) {
        type = RelationType.ISSUED_WITH;
      } else if ((GUIDING.contains(a.kind) || inTitle(a, b) && a.kind == RegulationKind.RESOLUTION)
          && GUIDES.matcher(gap).matches()) {
        type = RelationType.GUIDES;
      } else if ((a.kind == RegulationKind.DECREE || a.kind == RegulationKind.CIRCULAR)
          && DETAILED.contains(b.kind)
          && DETAILS.matcher(gap).matches()) {
        type = RelationType.GUIDES;
      }
      if (type == null) {
        continue;
      }
      String source = keys.get(reversed ? b : a);
      String target = keys.get(reversed ? a : b);
      if (!source.equals(target)) {
        found.add(new ExtractedRelation(type, source, target, new Span(a.start, b.end)));
      }
      // "Kế hoạch … thực hiện Luật … và Nghị định số …": the title's second object too
      for (int j = i + 2; type == RelationType.GUIDES && j < drafts.size(); j++) {
        Draft c = drafts.get(j);
        Draft before = drafts.get(j - 1);
        if (!inTitle(a, c)
            || before.fieldsEnd > c.start
            || !JOINED.matcher(key.substring(before.fieldsEnd, c.start)).matches()) {
          break;
        }
        String next = keys.get(c);
        if (!source.equals(next)) {
          found.add(new ExtractedRelation(type, source, next, new Span(a.start, c.end)));
        }
      }
    }
    return new ArrayList<>(found);
  }

  /**
   * The words that can state how {@code a} relates to {@code b}: those between the end of {@code
   * a}'s fields and {@code b}, or, when {@code a}'s unquoted title runs over {@code b} ("Kế hoạch
   * số 31-KH/TU triển khai thực hiện Chỉ thị số 30-CT/TW …"), those of the title before {@code b}.
   * Null when the two are too far apart to be related by one clause.
   */
  private static String gap(String key, Draft a, Draft b) {
    int from = inTitle(a, b) ? a.titleStart : a.fieldsEnd;
    if (from > b.start || b.start - from > MAX_GAP) {
      return null;
    }
    return key.substring(from, b.start);
  }

  /** Whether {@code b} is named inside {@code a}'s unquoted title. */
  private static boolean inTitle(Draft a, Draft b) {
    return a.fieldsEnd > b.start && a.titleStart >= 0 && a.titleStart <= b.start;
  }
}
