package io.regtrack.extraction.citation;

import io.regtrack.extraction.gazetteer.Bodies;
import io.regtrack.extraction.gazetteer.Gazetteer;
import io.regtrack.extraction.gazetteer.Province;
import io.regtrack.extraction.model.CitationForm;
import io.regtrack.extraction.model.CitationMention;
import io.regtrack.extraction.model.ExtractedRegulation;
import io.regtrack.extraction.model.ExtractedRelation;
import io.regtrack.extraction.model.RegulationFields;
import io.regtrack.extraction.model.RegulationKind;
import io.regtrack.extraction.model.Span;
import io.regtrack.extraction.text.VietnameseText;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The citation stage: finds every citation of a Party or State document in a body, resolves short
 * forms to the article's full citations (or infers their symbol from kind + issuer), merges each
 * regulation's fields over its mentions, and reads the relations the text states. Thread-safe.
 */
public final class CitationExtractor {

  /** What the stage found in one body. Spans index that body. */
  public record Result(
      List<CitationMention> citations,
      List<ExtractedRegulation> regulations,
      List<ExtractedRelation> relations) {}

  // "… gắn với tổng kết …", "… và …": two documents of one kind joined so that a following "về …"
  // subject belongs to both ("Chỉ thị số 39 … gắn với tổng kết Chỉ thị số 11 … về tăng cường …").
  private static final Pattern SHARED_SUBJECT_GAP =
      Pattern.compile(
          "^[\\s,]*(?:gắn với|và|cùng với)(?: (?:tổng kết|sơ kết|đánh giá|việc thực hiện"
              + "|thực hiện))*\\s*$");

  private final Issuers issuers;
  private final MentionParser parser;
  private final RelationFinder relations = new RelationFinder();

  public CitationExtractor() {
    this(Gazetteer.get());
  }

  public CitationExtractor(Gazetteer gazetteer) {
    this.issuers = new Issuers(gazetteer);
    this.parser = new MentionParser(issuers);
  }

  /**
   * Extracts the citations of one body.
   *
   * @param body NFC text (spans index it)
   * @param articleProvince the article's province, to complete local issuers; may be null
   */
  public Result extract(String body, Province articleProvince) {
    String key = VietnameseText.matchKey(body);
    List<Draft> drafts = parser.parse(body, key, articleProvince);
    shareSubjects(key, drafts);
    shareFields(key, drafts);
    sameDays(drafts);
    Map<Draft, String> keys = resolve(drafts);

    Map<String, List<Draft>> groups = new LinkedHashMap<>();
    for (Draft d : drafts) {
      groups.computeIfAbsent(keys.get(d), k -> new ArrayList<>()).add(d);
    }
    List<ExtractedRegulation> regulations = new ArrayList<>();
    Context context =
        new Context(
            () -> Bodies.firstDistrict(body), // Bodies reads each text once
            memoized(() -> issuers.firstPartyCommittee(key, body, articleProvince)),
            memoized(() -> issuers.firstBlocCommittee(key, body, articleProvince)));
    for (Map.Entry<String, List<Draft>> g : groups.entrySet()) {
      regulations.add(merge(g.getKey(), g.getValue(), articleProvince, context));
    }
    List<CitationMention> citations = new ArrayList<>();
    for (Draft d : drafts) {
      if (d.anaphor) {
        continue; // not a citation: its fields and relations belong to the document it refers to
      }
      citations.add(
          new CitationMention(
              new Span(d.start, d.end),
              body.substring(d.start, d.end),
              d.namedReference
                  ? CitationForm.NAMED
                  : d.isFull() ? CitationForm.FULL : CitationForm.SHORT,
              stated(d),
              keys.get(d)));
    }
    return new Result(citations, regulations, relations.find(key, drafts, keys));
  }

  /** What the article says that completes issuers implied by symbols, each read at most once. */
  private record Context(
      java.util.function.Supplier<String> district,
      java.util.function.Supplier<String> committee,
      java.util.function.Supplier<String> bloc) {}

  private static java.util.function.Supplier<String> memoized(
      java.util.function.Supplier<String> read) {
    String[] value = new String[1];
    boolean[] done = new boolean[1];
    return () -> {
      if (!done[0]) {
        value[0] = read.get();
        done[0] = true;
      }
      return value[0];
    };
  }

  /** "và": what joins two documents of one kind that share the fields written once. */
  private static final Pattern JOINED = Pattern.compile("^[\\s,]*và\\s*$");

  /**
   * Fields written once for two joined documents of one kind: "Nghị quyết số 42-NQ/TW và Nghị quyết
   * số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương" (the first, with none of its own,
   * takes the date and issuer of the second); "Nghị quyết số 27-NQ/TW … của Ban Chấp hành Trung
   * ương về … và Nghị quyết số 28-NQ/TW ngày … về …" (the second, of the same series, takes the
   * issuer of the first).
   */
  private static void shareFields(String key, List<Draft> drafts) {
    for (int i = drafts.size() - 2; i >= 0; i--) {
      Draft a = drafts.get(i);
      Draft b = drafts.get(i + 1);
      if (a.kind != b.kind
          || a.anaphor
          || b.anaphor
          || a.fieldsEnd > b.start
          || !a.isFull()
          || !b.isFull()
          || !JOINED.matcher(key.substring(a.fieldsEnd, b.start)).matches()) {
        continue;
      }
      if (a.fieldsEnd == a.end && a.issuer == null && a.issuedOn == null) {
        a.issuer = b.issuer;
        a.issuerCompleted = b.issuerCompleted;
        a.issuerProvince = b.issuerProvince;
        a.issuedOn = b.issuedOn;
      } else if (b.issuer == null && a.issuer != null && sameSeries(a.symbol, b.symbol)) {
        b.issuer = a.issuer;
        b.issuerCompleted = a.issuerCompleted;
        b.issuerProvince = a.issuerProvince;
      }
    }
  }

  /** "… cùng ngày": the issue date of the nearest earlier citation that states one. */
  private static void sameDays(List<Draft> drafts) {
    for (int i = 1; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      if (d.sameDay && d.issuedOn == null) {
        d.issuedOn = drafts.get(i - 1).issuedOn;
      }
    }
  }

  /** "27-NQ/TW" and "28-NQ/TW": the same issuing series (code and suffix). */
  private static boolean sameSeries(String a, String b) {
    int sa = a.indexOf('-');
    int sb = b.indexOf('-');
    return sa > 0 && sb > 0 && a.substring(sa).equalsIgnoreCase(b.substring(sb));
  }

  /** A "về …" subject after the second of two joined documents of one kind belongs to both. */
  private static void shareSubjects(String key, List<Draft> drafts) {
    for (int i = drafts.size() - 2; i >= 0; i--) {
      Draft a = drafts.get(i);
      Draft b = drafts.get(i + 1);
      if (a.title == null
          && b.title != null
          && b.titleIsSubject
          && a.kind == b.kind
          && a.fieldsEnd <= b.start
          && SHARED_SUBJECT_GAP.matcher(key.substring(a.fieldsEnd, b.start)).matches()) {
        a.title = b.title;
        a.titleIsSubject = true;
      }
    }
  }

  /**
   * Resolve: each mention's regulation key. A full citation is keyed by its symbol. A short one
   * takes the symbol of a full citation of the article with the same number and a compatible kind
   * ("Quyết định số 58" in an article citing Quy định số 58-QĐ/TW is that regulation: "QĐ" serves
   * both), preferring one earlier in the text; else a symbol inferred from kind + issuer; else
   * {@code KIND:number}.
   */
  private static Map<Draft, String> resolve(List<Draft> drafts) {
    Map<Draft, String> keys = new IdentityHashMap<>();
    Map<String, List<Draft>> fullsByNumber = new java.util.HashMap<>();
    for (Draft d : drafts) {
      if (d.isFull()) {
        keys.put(d, d.symbol);
        fullsByNumber.computeIfAbsent(d.number, n -> new ArrayList<>()).add(d);
      }
    }
    Map<String, List<Draft>> shortGroups = new LinkedHashMap<>();
    for (Draft d : drafts) {
      if (d.isFull() || d.anaphor) {
        continue;
      }
      if (d.namedReference) {
        keys.put(d, d.namedSymbol);
        continue;
      }
      Draft full = fullFor(d, fullsByNumber.getOrDefault(d.number, List.of()));
      if (full != null) {
        keys.put(d, full.symbol);
        continue;
      }
      String group = d.kind.name() + ":" + d.number;
      shortGroups.computeIfAbsent(group, g -> new ArrayList<>()).add(d);
      keys.put(d, group);
    }
    // Short-only groups: infer a symbol from the first issuer any of their mentions states.
    for (List<Draft> members : shortGroups.values()) {
      String inferred = null;
      for (Draft d : members) {
        inferred = Symbols.infer(d.kind, d.number, d.issuer);
        if (inferred != null) {
          break;
        }
      }
      if (inferred != null) {
        String symbol = inferred;
        members.forEach(d -> keys.put(d, symbol));
      }
    }
    // Anaphors: the last document of the same kind (or sharing its code) cited before them.
    Map<RegulationKind, Draft> lastOfKind = new java.util.EnumMap<>(RegulationKind.class);
    Map<String, Draft> lastOfCode = new java.util.HashMap<>();
    Draft last = null;
    for (Draft d : drafts) {
      if (d.anaphor && d.kind == null) {
        // "Văn bản này": the document cited last, whatever its kind
        if (last != null) {
          d.kind = last.kind;
          keys.put(d, keys.get(last));
        }
      } else if (d.anaphor) {
        Draft target = lastOfKind.get(d.kind);
        String code = Symbols.partyCode(d.kind);
        Draft byCode = code == null ? null : lastOfCode.get(code);
        if (target == null || (byCode != null && byCode.start > target.start)) {
          target = byCode;
        }
        if (target != null) {
          keys.put(d, keys.get(target));
        }
      } else {
        last = d;
        lastOfKind.put(d.kind, d);
        String code = Symbols.codeOf(d.symbol);
        if (code != null) {
          lastOfCode.put(code, d);
        }
      }
    }
    drafts.removeIf(d -> d.anaphor && (d.kind == null || !keys.containsKey(d)));
    return keys;
  }

  private static Draft fullFor(Draft d, List<Draft> fulls) {
    Draft best = null;
    int bestScore = 0;
    for (Draft f : fulls) {
      if (!f.number.equals(d.number)) {
        continue;
      }
      if (d.issuer != null && f.issuer != null && !d.issuer.equals(f.issuer)) {
        continue;
      }
      int score;
      if (f.kind == d.kind) {
        score = 3;
      } else if (sharesCode(d.kind, f)) {
        score = 2; // misnomer: Quyết định ↔ Quy định, both "QĐ"
      } else {
        continue;
      }
      if (f.start < d.start) {
        score += 1; // prefer the full citation the reader has already seen
      }
      if (score > bestScore) {
        best = f;
        bestScore = score;
      }
    }
    return best;
  }

  private static boolean sharesCode(RegulationKind kind, Draft full) {
    String code = Symbols.partyCode(kind);
    return code != null && code.equals(Symbols.codeOf(full.symbol));
  }

  /** Merges a regulation's mentions: full citations first, then short ones, first value wins. */
  private static ExtractedRegulation merge(
      String key, List<Draft> mentions, Province article, Context context) {
    List<Draft> ordered = new ArrayList<>(mentions.stream().filter(Draft::isFull).toList());
    mentions.stream().filter(d -> !d.isFull() && !d.anaphor).forEach(ordered::add);
    mentions.stream().filter(d -> d.anaphor).forEach(ordered::add);
    Draft first = ordered.get(0);
    boolean full = first.isFull();
    String symbol = full ? first.symbol : (key.contains(":") ? null : key);
    Draft issuing = ordered.stream().filter(d -> d.issuer != null).findFirst().orElse(null);
    String issuer = issuing == null ? null : issuing.issuer;
    Province issuerProvince = firstNonNull(ordered, d -> d.issuerProvince);
    boolean issuerInferred = issuing != null && issuing.issuerCompleted;
    if (issuer == null) {
      issuer =
          Issuers.impliedBySuffix(
              symbol, article, context.district(), context.committee(), context.bloc());
      issuerInferred = issuer != null;
    }
    RegulationKind kind = first.kind;
    if (!full && first.abbreviatedKind) {
      kind = firstNonNull(ordered, d -> d.abbreviatedKind ? null : d.kind);
      kind = kind == null ? first.kind : kind;
    }
    RegulationFields fields =
        new RegulationFields(
            kind,
            first.number,
            symbol,
            !full && symbol != null,
            issuer,
            firstNonNull(ordered, d -> d.issuedOn),
            firstNonNull(ordered, d -> d.title),
            firstNonNull(ordered, d -> d.chapters),
            firstNonNull(ordered, d -> d.articles),
            firstNonNull(ordered, d -> d.term),
            issuerInferred,
            firstNonNull(ordered, d -> d.symbolAsWritten));
    return new ExtractedRegulation(
        key, Symbols.scope(symbol, issuer, issuerProvince, article), fields, full);
  }

  private static RegulationFields stated(Draft d) {
    return new RegulationFields(
        d.kind,
        d.number,
        d.symbol,
        false,
        d.issuer,
        d.issuedOn,
        d.title,
        d.chapters,
        d.articles,
        d.term,
        d.issuerCompleted,
        d.symbolAsWritten);
  }

  private static <T> T firstNonNull(List<Draft> drafts, java.util.function.Function<Draft, T> f) {
    return drafts.stream().map(f).filter(Objects::nonNull).findFirst().orElse(null);
  }
}
