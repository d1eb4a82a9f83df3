package io.regtrack.extraction.citation;

import static io.regtrack.extraction.citation.CitationPatterns.ABOUT_INTRO;
import static io.regtrack.extraction.citation.CitationPatterns.DANGLING_ACTION;
import static io.regtrack.extraction.citation.CitationPatterns.DATE_BEFORE;
import static io.regtrack.extraction.citation.CitationPatterns.DATE_FIELD;
import static io.regtrack.extraction.citation.CitationPatterns.EFFECT_FIELD;
import static io.regtrack.extraction.citation.CitationPatterns.ISSUED_BY_BEFORE;
import static io.regtrack.extraction.citation.CitationPatterns.ISSUER_INTRO;
import static io.regtrack.extraction.citation.CitationPatterns.MENTION;
import static io.regtrack.extraction.citation.CitationPatterns.NAMED_LAW;
import static io.regtrack.extraction.citation.CitationPatterns.NOT_A_SUBJECT;
import static io.regtrack.extraction.citation.CitationPatterns.QUOTED_TITLE;
import static io.regtrack.extraction.citation.CitationPatterns.SAME_DAY_FIELD;
import static io.regtrack.extraction.citation.CitationPatterns.STRUCTURE_FIELD;
import static io.regtrack.extraction.citation.CitationPatterns.SUBJECT_END_CHAR;
import static io.regtrack.extraction.citation.CitationPatterns.SUBJECT_STOP;
import static io.regtrack.extraction.citation.CitationPatterns.TAKES_OBJECT;
import static io.regtrack.extraction.citation.CitationPatterns.TERM_FIELD;
import static io.regtrack.extraction.citation.CitationPatterns.TRAILING_ACTION;
import static io.regtrack.extraction.citation.CitationPatterns.VERB_TITLE;

import io.regtrack.extraction.gazetteer.Province;
import io.regtrack.extraction.model.RegulationKind;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Find and parse: locates every mention (kind word + number [+ symbol]) in the body and reads the
 * fields that follow it — issue date, issuer, term, title, structure — up to the next mention.
 */
final class MentionParser {
  /** Longest subject ("về …") read as a title. */
  private static final int MAX_SUBJECT = 400;

  /** Fewest words of a bare subject after an issuer ("… của Bộ Chính trị thí điểm giao quyền"). */
  private static final int MIN_BARE_SUBJECT_WORDS = 3;

  private final Issuers issuers;

  MentionParser(Issuers issuers) {
    this.issuers = issuers;
  }

  /** Every mention in the body, in order. {@code key} is the body's match key. */
  List<Draft> parse(String body, String key, Province articleProvince) {
    List<Draft> drafts = new ArrayList<>();
    List<Draft> anaphors = new ArrayList<>();
    Matcher mention = MENTION.matcher(key);
    Matcher law = NAMED_LAW.matcher(key);
    Matcher anaphor = CitationPatterns.ANAPHOR_AT.matcher(key);
    // One pass over the word starts that can begin a kind word (q, c, n, h, k, t, l, v); the
    // patterns are tried only there, anchored, instead of each scanning the whole text.
    int n = key.length();
    for (int i = 0; i < n; i++) {
      char c = key.charAt(i);
      if ((c != 'q' && c != 'c' && c != 'n' && c != 'h' && c != 'k' && c != 't' && c != 'l'
              && c != 'v')
          || (i > 0 && Character.isLetterOrDigit(key.charAt(i - 1)))) {
        continue;
      }
      mention.region(i, n);
      if (mention.lookingAt()) {
        Draft d = core(mention, body, key);
        if (d != null) {
          drafts.add(d);
          i = mention.end() - 1;
          continue;
        }
      }
      if (c == 'l' && law.region(i, n).lookingAt() && Character.isUpperCase(body.charAt(i))) {
        drafts.add(namedLaw(law, body));
      }
      if (anaphor.region(i, n).lookingAt() && sentenceStart(key, i)) {
        Draft a = new Draft();
        a.start = i;
        a.end = anaphor.end();
        a.fieldsEnd = anaphor.end();
        // "văn bản này": of no stated kind (null until it is resolved to the last document)
        String word = anaphor.group("kind");
        a.kind = word.equals("văn bản") ? null : kindOf(word);
        a.anaphor = true;
        anaphors.add(a);
      }
    }
    drafts.sort(Comparator.comparingInt(d -> d.start));
    dropOverlappingNamedLaws(drafts);
    drafts.addAll(namedReferences(key, drafts));
    java.util.BitSet covered = coverage(drafts, key.length());
    for (Draft a : anaphors) {
      if (covered.get(a.start, a.end).cardinality() == 0) {
        drafts.add(a);
      }
    }
    drafts.sort(Comparator.comparingInt(d -> d.start));
    String bloc = Issuers.firstBloc(key);
    int paragraphEnd = 0; // the next line break at or after the current mention, -1 when none
    for (int i = 0; i < drafts.size(); i++) {
      int bound = i + 1 < drafts.size() ? drafts.get(i + 1).start : key.length();
      // a title may hold the next mention ("về triển khai thực hiện Quy định số 114-QĐ/TW"), never
      // the one after it
      int outer = i + 2 < drafts.size() ? drafts.get(i + 2).start : key.length();
      // … or, joined by "và", the two after it ("thực hiện Nghị định số 178 và Nghị định số 67")
      // when that second one has no fields of its own: "… và Thông tư số 24/2020/TT-BCA ngày
      // 10/3/2020 của Bộ Công an" is a document listed beside the first, not a second object
      int beyond = i + 3 < drafts.size() ? drafts.get(i + 3).start : key.length();
      if (i + 2 < drafts.size() && hasOwnFields(key, drafts.get(i + 2))) {
        beyond = outer;
      }
      // a mention's fields never cross a paragraph break (the match key has a space there)
      // (drafts are in text order: the next line break is found by one forward scan overall)
      if (paragraphEnd >= 0 && paragraphEnd < drafts.get(i).end) {
        paragraphEnd = body.indexOf('\n', drafts.get(i).end);
      }
      if (paragraphEnd >= 0) {
        bound = Math.min(bound, paragraphEnd);
        outer = Math.min(outer, paragraphEnd);
        beyond = Math.min(beyond, paragraphEnd);
      }
      fields(
          drafts.get(i),
          body,
          key,
          Math.max(bound, drafts.get(i).end),
          Math.max(outer, drafts.get(i).end),
          Math.max(beyond, drafts.get(i).end),
          articleProvince,
          bloc);
      if (drafts.get(i).issuer == null && !drafts.get(i).namedReference) {
        int floor = i > 0 ? Math.min(drafts.get(i - 1).fieldsEnd, drafts.get(i).start) : 0;
        issuerBefore(drafts.get(i), body, key, floor, articleProvince, bloc);
      }
    }
    return drafts;
  }

  /** A named-law match that overlaps a plain mention is dropped ("… và Thông tư số 24/2020/…"). */
  private static void dropOverlappingNamedLaws(List<Draft> drafts) {
    // drafts are sorted by start: an overlap is with a neighbour
    List<Draft> dropped = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      if (d.kind != RegulationKind.LAW || d.title == null) {
        continue;
      }
      for (int j = Math.max(0, i - 1); j < drafts.size() && drafts.get(j).start < d.end; j++) {
        Draft o = drafts.get(j);
        boolean otherNamedLaw = o.kind == RegulationKind.LAW && o.title != null;
        if (o != d && !otherNamedLaw && o.start < d.end && d.start < o.end) {
          dropped.add(d);
          break;
        }
      }
    }
    drafts.removeAll(dropped);
  }

  /** "… của Luật Bảo vệ bí mật nhà nước": a law cited earlier by number, now named by its title. */
  private static List<Draft> namedReferences(String key, List<Draft> drafts) {
    java.util.BitSet covered = coverage(drafts, key.length());
    Map<String, Draft> laws = new java.util.LinkedHashMap<>();
    for (Draft law : drafts) {
      if (law.kind == RegulationKind.LAW && law.title != null && law.symbol != null) {
        laws.putIfAbsent(io.regtrack.extraction.text.VietnameseText.matchKey(law.title), law);
      }
    }
    List<Draft> refs = new ArrayList<>();
    for (Map.Entry<String, Draft> e : laws.entrySet()) {
      String name = e.getKey();
      Draft law = e.getValue();
      for (int at = key.indexOf(name); at >= 0; at = key.indexOf(name, at + name.length())) {
        int end = at + name.length();
        boolean wordEnd = end >= key.length() || !Character.isLetterOrDigit(key.charAt(end));
        if (!wordEnd || covered.get(at, end).cardinality() > 0) {
          continue;
        }
        Draft ref = new Draft();
        ref.start = at;
        ref.end = end;
        ref.fieldsEnd = end;
        ref.kind = RegulationKind.LAW;
        ref.number = law.number;
        ref.namedReference = true;
        ref.title = law.title;
        ref.namedSymbol = law.symbol;
        refs.add(ref);
        covered.set(at, end);
      }
    }
    return refs;
  }

  /** Whether a sentence (or a "Theo đó," clause) starts at {@code i}. */
  private static boolean sentenceStart(String key, int i) {
    int j = i - 1;
    while (j >= 0 && key.charAt(j) == ' ') {
      j--;
    }
    if (j < 0 || key.charAt(j) == '\n') {
      return true;
    }
    char c = key.charAt(j);
    if ((c == '.' || c == '!' || c == '?') && j < i - 1) {
      return true;
    }
    int from = Math.max(0, i - 10);
    return CitationPatterns.THEO_DO.matcher(key).region(from, i).find();
  }

  private static java.util.BitSet coverage(List<Draft> drafts, int length) {
    java.util.BitSet covered = new java.util.BitSet(length);
    for (Draft d : drafts) {
      covered.set(d.start, d.end);
    }
    return covered;
  }

  private static Draft core(Matcher m, String body, String key) {
    String word = m.group("kind");
    String written = body.substring(m.start("kind"), m.end("kind"));
    boolean hasSo = !m.group("so").isBlank();
    boolean hasSymbol =
        m.group("pcode") != null || m.group("syear") != null || m.group("scode2") != null;
    boolean abbreviated = word.length() <= 2;
    if (abbreviated && !written.equals(written.toUpperCase(Locale.ROOT))) {
      return null; // "ct 5" in running text is not "CT 5"
    }
    if (!abbreviated && Character.isLowerCase(written.charAt(0)) && !hasSo && !hasSymbol) {
      return null; // "Nghị định quy định 3 trường hợp": a verb, not "Quy định 3"
    }
    if (!hasSo
        && !hasSymbol
        && CitationPatterns.COUNTED_NOUN.matcher(key).region(m.end(), key.length()).lookingAt()) {
      return null; // "Quy định 3 trường hợp được miễn …": a verb and a count
    }
    RegulationKind kind = kindOf(word);
    if (kind == RegulationKind.LAW && !Character.isUpperCase(written.charAt(0))) {
      return null; // statutes are always "Luật"
    }
    Draft d = new Draft();
    d.start = m.start();
    d.end = m.end();
    d.fieldsEnd = m.end();
    d.kind = kind;
    d.abbreviatedKind = abbreviated;
    d.number = m.group("num");
    if (m.group("pcode") != null) {
      d.symbol =
          Symbols.party(
              d.number, wordWins(kind, m.group("pcode"), key, m.start()), m.group("psuf"));
      String asWritten = Symbols.party(d.number, m.group("pcode"), m.group("psuf"));
      if (!asWritten.equals(d.symbol)) {
        d.symbolAsWritten = asWritten; // "Kết luận số 12-CT/TW": 12-KL/TW, written 12-CT/TW
      }
    } else if (m.group("syear") != null) {
      d.symbol = Symbols.stateWithYear(d.number, m.group("syear"), m.group("scode"));
    } else if (m.group("scode2") != null) {
      d.symbol = Symbols.state(d.number, m.group("scode2"));
    }
    return d;
  }

  /**
   * Kinds whose word wins over a contradicting code in the symbol: "Kết luận số 12-CT/TW" is the
   * Kết luận 12-KL/TW (the writer slipped on the code, not on the word).
   */
  private static final Set<RegulationKind> WORD_WINS =
      EnumSet.of(
          RegulationKind.CONCLUSION,
          RegulationKind.DIRECTIVE,
          RegulationKind.RESOLUTION,
          RegulationKind.REGULATION);

  /** The code of a Party symbol: the written one, unless the kind word contradicts it. */
  private static String wordWins(RegulationKind kind, String writtenCode, String key, int start) {
    String code = Symbols.partyCode(kind);
    String written = writtenCode.toUpperCase(Locale.ROOT);
    if (code == null || !WORD_WINS.contains(kind) || written.startsWith(code)) {
      return writtenCode;
    }
    boolean otherKindsCode = WORD_WINS.stream().map(Symbols::partyCode).anyMatch(written::equals);
    boolean announcement = key.startsWith("thông báo ", Math.max(0, start - "thông báo ".length()));
    return otherKindsCode && !announcement ? code : writtenCode;
  }

  private static Draft namedLaw(Matcher m, String body) {
    Draft d = new Draft();
    d.start = m.start();
    d.end = m.end();
    d.fieldsEnd = m.end();
    d.kind = RegulationKind.LAW;
    d.number = m.group("num");
    d.symbol = Symbols.stateWithYear(d.number, m.group("syear"), m.group("scode"));
    // a law's title is its full name, the word Luật included ("Luật Thi đua, khen thưởng")
    int luat = m.start("lname") - "luật ".length();
    d.title = body.substring(luat, m.end("lname")).strip();
    return d;
  }

  /** Longest "Ban Thường vụ Tỉnh ủy … đã ban hành" before a mention that names its issuer. */
  private static final int MAX_ISSUER_BEFORE = 120;

  /**
   * "Ban Thường vụ Thành ủy đã ban hành Kế hoạch số 245-KH/TU", "ngày 10-8-2023, Đảng ủy Công an
   * tỉnh ban hành Kế hoạch số 38-KH/ĐU": the subject of "ban hành" right before a mention is its
   * issuer, and a date opening that clause its date.
   */
  private void issuerBefore(
      Draft d, String body, String key, int floor, Province articleProvince, String bloc) {
    int from = Math.max(floor, d.start - MAX_ISSUER_BEFORE);
    Matcher verb = ISSUED_BY_BEFORE.matcher(key).region(from, d.start);
    if (!verb.find()) {
      return;
    }
    for (int p = sentenceFloor(key, from, verb.start()); p < verb.start(); p++) {
      if (p > 0 && Character.isLetterOrDigit(key.charAt(p - 1))) {
        continue;
      }
      Optional<io.regtrack.extraction.gazetteer.Bodies.Match> issuer =
          issuers.at(key, body, p, articleProvince, bloc);
      if (issuer.isPresent() && issuer.get().end() == verb.start()) {
        d.issuer = issuer.get().canonical();
        d.issuerCompleted = issuer.get().completed();
        d.issuerProvince = issuer.get().province();
        Matcher date = DATE_BEFORE.matcher(key).region(from, p);
        if (d.issuedOn == null && date.find()) {
          d.issuedOn = date(date);
        }
        return;
      }
    }
  }

  /**
   * Where the sentence holding {@code at} starts (after ". " or a line break), looking back no
   * further than {@code floor}.
   */
  private static int sentenceFloor(String key, int floor, int at) {
    for (int i = at - 1; i > floor; i--) {
      char c = key.charAt(i);
      if (c == '\n' || (c == ' ' && (key.charAt(i - 1) == '.' || key.charAt(i - 1) == ';'))) {
        return i + 1;
      }
    }
    return floor;
  }

  /** Reads the fields after the core mention, in any order, each at most once. */
  private void fields(
      Draft d,
      String body,
      String key,
      int bound,
      int outer,
      int beyond,
      Province articleProvince,
      String bloc) {
    int pos = d.end;
    boolean progressed = true;
    boolean afterIssuer = false;
    boolean effectPassed = false;
    while (progressed && pos < bound) {
      progressed = false;
      Matcher m;
      if (d.chapters == null && (m = at(STRUCTURE_FIELD, key, pos, bound)) != null) {
        d.chapters = Integer.valueOf(m.group("ch"));
        d.articles = Integer.valueOf(m.group("ar"));
        pos = m.end();
        progressed = true;
        continue;
      }
      if (d.issuedOn == null && (m = at(DATE_FIELD, key, pos, bound)) != null) {
        d.issuedOn = date(m);
        pos = m.end();
        progressed = true;
        continue;
      }
      if (d.issuedOn == null && !d.sameDay && (m = at(SAME_DAY_FIELD, key, pos, bound)) != null) {
        d.sameDay = true;
        pos = m.end();
        progressed = true;
        continue;
      }
      if (!effectPassed && (m = at(EFFECT_FIELD, key, pos, bound)) != null) {
        effectPassed = true;
        pos = m.end();
        progressed = true;
        continue;
      }
      if (d.issuer == null && (m = at(ISSUER_INTRO, key, pos, bound)) != null) {
        Optional<io.regtrack.extraction.gazetteer.Bodies.Match> issuer =
            issuers.at(key, body, m.end(), articleProvince, bloc);
        if (issuer.isPresent() && issuer.get().end() <= bound) {
          d.issuer = issuer.get().canonical();
          d.issuerCompleted = issuer.get().completed();
          d.issuerProvince = issuer.get().province();
          pos = issuer.get().end();
          progressed = true;
          afterIssuer = true;
          continue;
        }
      }
      if (d.term == null && (m = at(TERM_FIELD, key, pos, bound)) != null) {
        d.term = "khóa " + m.group("term").toUpperCase(Locale.ROOT);
        pos = m.end();
        progressed = true;
        continue;
      }
      if (d.title == null && (m = at(QUOTED_TITLE, key, pos, bound)) != null) {
        d.title = body.substring(m.start("qt"), m.end("qt")).strip();
        pos = m.end();
        progressed = true;
        continue;
      }
      if (d.title == null && (m = at(ABOUT_INTRO, key, pos, bound)) != null) {
        int end = titleEnd(key, m.end(), bound, outer, beyond);
        if (end > m.end() + 4) {
          d.title = body.substring(m.end(), end).strip();
          d.titleIsSubject = true;
          d.titleStart = m.end();
          pos = end;
          progressed = true;
          continue;
        }
      }
      if (d.title == null
          && (VERB_TITLED.contains(d.kind) || isGovernmentResolution(d))
          && (m = at(VERB_TITLE, key, pos, bound)) != null
          && (VERB_TITLED.contains(d.kind) || m.group("verb").equals("ban hành"))) {
        int end = titleEnd(key, m.start("verb"), bound, outer, beyond);
        if (end > m.end()) {
          d.title = body.substring(m.start("verb"), end).strip();
          d.titleIsSubject = true;
          d.titleStart = m.start("verb");
          pos = end;
          progressed = true;
          continue;
        }
      }
      if (d.title == null && afterIssuer && bareSubjectStarts(key, body, pos)) {
        int end = subjectEnd(key, pos + 1, bound);
        String subject = body.substring(pos + 1, end).strip();
        if (subject.split("\\s+").length >= MIN_BARE_SUBJECT_WORDS) {
          d.title = subject;
          d.titleIsSubject = true;
          pos = end;
          progressed = true;
        }
      }
    }
    d.fieldsEnd = pos;
  }

  /** A bare subject begins right after the issuer with one space and a lower-case word. */
  private static boolean bareSubjectStarts(String key, String body, int pos) {
    if (pos + 1 >= key.length() || key.charAt(pos) != ' ') {
      return false;
    }
    char c = body.charAt(pos + 1);
    if (!Character.isLetter(c) || !Character.isLowerCase(c)) {
      return false;
    }
    Matcher deny = NOT_A_SUBJECT.matcher(key).region(pos + 1, key.length());
    return !deny.lookingAt();
  }

  /**
   * Kinds whose unquoted title may be a verb phrase right after the mention or its issuer: "Nghị
   * định số 98/2023/NĐ-CP quy định chi tiết …", "Quyết định số 1234/QĐ-UBND ban hành Kế hoạch …",
   * "Kế hoạch số 120-KH/HU … triển khai thực hiện Chỉ thị số 35-CT/TW", "Hướng dẫn số 25-HD/BTCTW …
   * thực hiện một số nội dung của Quy định số 124-QĐ/TW" (the title and the GUIDES relation are
   * stated by the same words).
   */
  private static final Set<RegulationKind> VERB_TITLED =
      EnumSet.of(
          RegulationKind.PLAN,
          RegulationKind.GUIDANCE,
          RegulationKind.DECISION,
          RegulationKind.DECREE,
          RegulationKind.CIRCULAR);

  /**
   * Where an unquoted title starting at {@code from} ends: its subject up to the next mention, or,
   * when the subject ends with a word that takes that mention as object, over the mention up to
   * {@code outer}; when only "và" stands between it and the mention at {@code outer}, over that one
   * too, up to {@code beyond} ("ban hành Kế hoạch triển khai thực hiện Nghị định số 178 và Nghị
   * định số 67 trên địa bàn tỉnh").
   */
  static int titleEnd(String key, int from, int bound, int outer, int beyond) {
    int end = subjectEnd(key, from, bound);
    if (outer > bound
        && key.substring(end, bound).isBlank()
        && TAKES_OBJECT.matcher(key.substring(from, end).strip()).find()) {
      int over = subjectEnd(key, from, outer);
      if (over <= bound) {
        return end;
      }
      if (beyond > outer && JOINED_OBJECT.matcher(key.substring(over, outer)).matches()) {
        int further = subjectEnd(key, from, beyond);
        if (further > outer) {
          return further;
        }
      }
      return over;
    }
    return end;
  }

  /**
   * A Government resolution ("Nghị quyết số 03/NQ-CP … ban hành Chương trình hành động …"): its
   * title is a "ban hành …" verb phrase like a decision's.
   */
  private static boolean isGovernmentResolution(Draft d) {
    return d.kind == RegulationKind.RESOLUTION
        && d.symbol != null
        && d.symbol.toUpperCase(java.util.Locale.ROOT).endsWith("/NQ-CP");
  }

  /** Whether a date or an issuer follows {@code d}'s core mention. */
  private static boolean hasOwnFields(String key, Draft d) {
    return at(DATE_FIELD, key, d.end, key.length()) != null
        || at(OWN_ISSUER, key, d.end, key.length()) != null;
  }

  /** " của Bộ Công an", ", do Chính phủ": an issuer after a mention. */
  private static final java.util.regex.Pattern OWN_ISSUER =
      java.util.regex.Pattern.compile("[\\s,]*(?:của|do)\\s");

  /** " và ": a second object of the same verb ("thực hiện Luật … và Nghị định số …"). */
  private static final java.util.regex.Pattern JOINED_OBJECT =
      java.util.regex.Pattern.compile("^[\\s,]*và\\s*$");

  /** Where a subject starting at {@code from} ends (exclusive), trailing separators trimmed. */
  static int subjectEnd(String key, int from, int bound) {
    int end = Math.min(bound, Math.min(key.length(), from + MAX_SUBJECT));
    Matcher c = SUBJECT_END_CHAR.matcher(key).region(from, end);
    while (c.find()) {
      int i = c.start();
      boolean decimalPoint =
          key.charAt(i) == '.'
              && i + 1 < key.length()
              && Character.isDigit(key.charAt(i + 1))
              && i > 0
              && Character.isDigit(key.charAt(i - 1));
      if (!decimalPoint) {
        end = i;
        break;
      }
    }
    Matcher s = SUBJECT_STOP.matcher(key).region(from, end);
    while (s.find()) {
      if (!DANGLING_ACTION.matcher(key.substring(from, s.start()).strip()).find()) {
        end = s.start();
        break;
      }
    }
    Matcher trailing = TRAILING_ACTION.matcher(key.substring(from, end).stripTrailing());
    if (trailing.find()
        && !DANGLING_ACTION.matcher(key.substring(from, from + trailing.start()).strip()).find()) {
      end = from + trailing.start();
    }
    // trim ", ", " và", " cùng", "…" left before the next mention or stop
    boolean trimmed = true;
    while (trimmed && end > from) {
      trimmed = false;
      char ch = key.charAt(end - 1);
      if (Character.isWhitespace(ch) || ch == ',' || ch == '…' || ch == '-' || ch == '–') {
        end--;
        trimmed = true;
      } else if (endsWithWord(key, from, end, "và") || endsWithWord(key, from, end, "cùng")) {
        end -= key.startsWith("và", end - 2) ? 2 : 4;
        trimmed = true;
      }
    }
    return end;
  }

  private static boolean endsWithWord(String key, int from, int end, String word) {
    int start = end - word.length();
    return start > from && key.startsWith(word, start) && key.charAt(start - 1) == ' ';
  }

  private static Matcher at(java.util.regex.Pattern p, String key, int pos, int bound) {
    Matcher m = p.matcher(key).region(pos, bound);
    return m.lookingAt() ? m : null;
  }

  private static LocalDate date(Matcher m) {
    boolean numeric = m.group("d") != null;
    try {
      return LocalDate.of(
          Integer.parseInt(numeric ? m.group("y") : m.group("y2")),
          Integer.parseInt(numeric ? m.group("m") : m.group("m2")),
          Integer.parseInt(numeric ? m.group("d") : m.group("d2")));
    } catch (DateTimeException e) {
      return null; // "31/02/2022": not a date
    }
  }

  static RegulationKind kindOf(String word) {
    return switch (word) {
      case "quy định", "qđ" -> RegulationKind.REGULATION;
      case "quy chế" -> RegulationKind.RULES;
      case "quyết định" -> RegulationKind.DECISION;
      case "chỉ thị", "ct" -> RegulationKind.DIRECTIVE;
      case "nghị quyết", "nq" -> RegulationKind.RESOLUTION;
      case "hướng dẫn", "hd" -> RegulationKind.GUIDANCE;
      case "kết luận", "kl" -> RegulationKind.CONCLUSION;
      case "thông báo", "thông báo kết luận" -> RegulationKind.NOTICE;
      case "kế hoạch", "kh" -> RegulationKind.PLAN;
      case "nghị định" -> RegulationKind.DECREE;
      case "thông tư" -> RegulationKind.CIRCULAR;
      case "luật" -> RegulationKind.LAW;
      case "công văn" -> RegulationKind.OFFICIAL_LETTER;
      default -> RegulationKind.OTHER;
    };
  }
}
