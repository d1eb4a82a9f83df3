package io.regtrack.extraction.citation;

import static io.regtrack.extraction.citation.CitationPatterns.ABOUT_INTRO;
import static io.regtrack.extraction.citation.CitationPatterns.DATE_FIELD;
import static io.regtrack.extraction.citation.CitationPatterns.ISSUER_INTRO;
import static io.regtrack.extraction.citation.CitationPatterns.MENTION;
import static io.regtrack.extraction.citation.CitationPatterns.NAMED_LAW;
import static io.regtrack.extraction.citation.CitationPatterns.NOT_A_SUBJECT;
import static io.regtrack.extraction.citation.CitationPatterns.QUOTED_TITLE;
import static io.regtrack.extraction.citation.CitationPatterns.STRUCTURE_FIELD;
import static io.regtrack.extraction.citation.CitationPatterns.SUBJECT_END_CHAR;
import static io.regtrack.extraction.citation.CitationPatterns.SUBJECT_STOP;
import static io.regtrack.extraction.citation.CitationPatterns.TERM_FIELD;

import io.regtrack.extraction.gazetteer.Province;
import io.regtrack.extraction.model.RegulationKind;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
    Matcher m = MENTION.matcher(key);
    while (m.find()) {
      Draft d = core(m, body);
      if (d != null) {
        drafts.add(d);
      }
    }
    Matcher law = NAMED_LAW.matcher(key);
    while (law.find()) {
      if (Character.isUpperCase(body.charAt(law.start()))) {
        drafts.add(namedLaw(law, body));
      }
    }
    drafts.removeIf(d -> overlapsEarlier(d, drafts));
    drafts.addAll(namedReferences(key, drafts));
    drafts.addAll(anaphors(key, drafts));
    drafts.sort(Comparator.comparingInt(d -> d.start));
    for (int i = 0; i < drafts.size(); i++) {
      int bound = i + 1 < drafts.size() ? drafts.get(i + 1).start : key.length();
      fields(drafts.get(i), body, key, Math.max(bound, drafts.get(i).end), articleProvince);
    }
    return drafts;
  }

  /** A named-law match that overlaps a plain mention is dropped ("… và Thông tư số 24/2020/…"). */
  private static boolean overlapsEarlier(Draft d, List<Draft> drafts) {
    if (d.kind != RegulationKind.LAW || d.title == null) {
      return false;
    }
    for (Draft o : drafts) {
      if (o != d
          && o.start < d.end
          && d.start < o.end
          && !(o.kind == RegulationKind.LAW && o.title != null)) {
        return true;
      }
    }
    return false;
  }

  /** "… của Luật Bảo vệ bí mật nhà nước": a law cited earlier by number, now named by its title. */
  private static List<Draft> namedReferences(String key, List<Draft> drafts) {
    List<Draft> refs = new ArrayList<>();
    for (Draft law : drafts) {
      if (law.kind != RegulationKind.LAW || law.title == null || law.symbol == null) {
        continue;
      }
      String name = "luật " + io.regtrack.extraction.text.VietnameseText.matchKey(law.title);
      for (int at = key.indexOf(name); at >= 0; at = key.indexOf(name, at + 1)) {
        int end = at + name.length();
        boolean wordEnd = end >= key.length() || !Character.isLetterOrDigit(key.charAt(end));
        if (!wordEnd || covered(drafts, at, end) || covered(refs, at, end)) {
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
        ref.symbol = null;
        refs.add(ref);
        refs.getLast().issuer = null;
        refs.getLast().term = law.symbol; // carries the law's symbol to the resolver
      }
    }
    return refs;
  }

  /** Sentence-initial bare kind words that go on about the last document of that kind. */
  private static List<Draft> anaphors(String key, List<Draft> drafts) {
    List<Draft> result = new ArrayList<>();
    Matcher m = CitationPatterns.ANAPHOR.matcher(key);
    while (m.find()) {
      if (covered(drafts, m.start("kind"), m.end("kind"))) {
        continue;
      }
      Draft a = new Draft();
      a.start = m.start("kind");
      a.end = m.end();
      a.fieldsEnd = m.end();
      a.kind = kindOf(m.group("kind"));
      a.anaphor = true;
      result.add(a);
    }
    return result;
  }

  private static boolean covered(List<Draft> drafts, int start, int end) {
    for (Draft d : drafts) {
      if (d.start < end && start < d.end) {
        return true;
      }
    }
    return false;
  }

  private static Draft core(Matcher m, String body) {
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
      d.symbol = Symbols.party(d.number, m.group("pcode"), m.group("psuf"));
    } else if (m.group("syear") != null) {
      d.symbol = Symbols.stateWithYear(d.number, m.group("syear"), m.group("scode"));
    } else if (m.group("scode2") != null) {
      d.symbol = Symbols.state(d.number, m.group("scode2"));
    }
    return d;
  }

  private static Draft namedLaw(Matcher m, String body) {
    Draft d = new Draft();
    d.start = m.start();
    d.end = m.end();
    d.fieldsEnd = m.end();
    d.kind = RegulationKind.LAW;
    d.number = m.group("num");
    d.symbol = Symbols.stateWithYear(d.number, m.group("syear"), m.group("scode"));
    d.title = body.substring(m.start("lname"), m.end("lname")).strip();
    return d;
  }

  /** Reads the fields after the core mention, in any order, each at most once. */
  private void fields(Draft d, String body, String key, int bound, Province articleProvince) {
    int pos = d.end;
    boolean progressed = true;
    boolean afterIssuer = false;
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
      if (d.issuer == null && (m = at(ISSUER_INTRO, key, pos, bound)) != null) {
        Optional<Issuers.Match> issuer = issuers.at(key, body, m.end(), articleProvince);
        if (issuer.isPresent() && issuer.get().end() <= bound) {
          d.issuer = issuer.get().canonical();
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
        int end = subjectEnd(key, m.end(), bound);
        if (end > m.end() + 4) {
          d.title = body.substring(m.end(), end).strip();
          d.titleIsSubject = true;
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
    if (s.find()) {
      end = s.start();
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
        end -= key.substring(0, end).endsWith("và") ? 2 : 4;
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
