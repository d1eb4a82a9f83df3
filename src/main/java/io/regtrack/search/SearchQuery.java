package io.regtrack.search;

import io.regtrack.regulation.RegulationKind;
import io.regtrack.search.SearchText.Word;
import io.regtrack.shared.text.SymbolKeys;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A search query as the user typed it, understood:
 *
 * <ul>
 *   <li>{@link #terms()}: what every text match must contain – single words, and phrases whose
 *       words must stand next to each other: a quoted part ({@code "bảo vệ chính trị"}) or a chunk
 *       written without spaces ({@code 58-QĐ/TW}, {@code 8-2-2022});
 *   <li>{@link #symbol()}: a document symbol or a short form of one – "58-QD/TW", "58 QĐ TW", "QĐ
 *       58", "quy định 58", "Chỉ thị số 39" – to look up in the registry;
 *   <li>{@link #date()}: a Vietnamese date – "8-2-2022", "8/2/2022", "08.02.2022", "2022-02-08",
 *       "ngày 8 tháng 2 năm 2022" – to compare with publish, issue and meeting dates.
 * </ul>
 *
 * <p>Words are folded ({@link SearchText}): case, diacritics and tone placement do not matter.
 */
public record SearchQuery(
    String text,
    List<Term> terms,
    SymbolRef symbol,
    LocalDate date,
    List<Term> termsBesideSymbol,
    List<Term> termsBesideDate) {

  /** Longest query accepted, in characters. */
  public static final int MAX_LENGTH = 256;

  /** At most this many words are used; the rest of a longer query is ignored. */
  public static final int MAX_WORDS = 16;

  /** One required term: a word, or a phrase of adjacent words. */
  public record Term(List<String> words) {
    public Term {
      words = List.copyOf(words);
    }

    boolean isPhrase() {
      return words.size() > 1;
    }

    /** The term in {@code to_tsquery} syntax: "dinh" or "(58 <-> qd <-> tw)". */
    String tsquery() {
      return words.size() == 1 ? words.getFirst() : "(" + String.join(" <-> ", words) + ")";
    }
  }

  /**
   * A regulation the query names by symbol or by kind and number.
   *
   * @param looseKeys {@link SymbolKeys#loose loose keys} of a complete symbol ("58QDTW", also with
   *     the number zero-padded: "1HDBTCTW", "01HDBTCTW"), or empty
   * @param numbers the number in its written forms ("58"; "1", "01", "001"), or empty
   * @param code the type code of a symbol without its issuer part ("QD" of "QĐ 58"), or {@code
   *     null}
   * @param kinds the kinds a kind word names ("quy định" → REGULATION), or empty
   */
  public record SymbolRef(
      List<String> looseKeys, List<String> numbers, String code, Set<RegulationKind> kinds) {
    public SymbolRef {
      looseKeys = List.copyOf(looseKeys);
      numbers = List.copyOf(numbers);
      kinds = Set.copyOf(kinds);
    }

    /** A complete symbol ("58-QĐ/TW"), not a short form ("QĐ 58", "Quy định 58"). */
    public boolean complete() {
      return !looseKeys.isEmpty();
    }
  }

  /** The type codes of Party and State symbols ("58-QĐ/TW", "39-CT/TW", "15/2020/NĐ-CP"). */
  private static final String CODES = "QD|CT|NQ|HD|KL|TB|KH|QC|ND|TT|CV|BC|DA|CTR|QDI|TTR|HDLT";

  /**
   * A complete symbol in the folded, upper-cased query: number, optional year, code, issuer part:
   * "58-QD/TW", "58 QD TW", "58/QD-TW", "15/2020/ND-CP", "01-HD/BTCTW", "123/QD-UBND".
   */
  private static final Pattern FULL_SYMBOL =
      Pattern.compile(
          "(?<![A-Z0-9])(\\d{1,5})(?:\\s*[/-]\\s*(\\d{4}))?\\s*[-/ ]\\s*("
              + CODES
              + ")\\s*[-/ ]\\s*([A-Z]{2,10}(?:\\s*[-/]\\s*[A-Z]{2,10})?)(?![A-Z0-9])");

  /**
   * Issuer parts recognised after a code separated by a space only ("58 QĐ TW"); after "/" or "-"
   * any letters are.
   */
  private static final Set<String> SUFFIXES =
      Set.of(
          "TW", "TU", "HU", "DU", "DUK", "QU", "TTU", "BTCTW", "UBKTTW", "VPTW", "BTGTW", "BDVTW",
          "BCT", "BBT", "CP", "TTG", "UBND", "HDND", "QH", "BNV", "BCA", "BQP", "TTCP", "BTC",
          "BTGDVTW", "MTTQ");

  /** A code and a number: "QD 58", "CT so 39", "NQ-35". */
  private static final Pattern CODE_NUMBER =
      Pattern.compile(
          "(?<![A-Z0-9])(" + CODES + ")\\s*(?:[-/ ]\\s*)?(?:SO\\s*)?(\\d{1,5})(?![A-Z0-9/-])");

  /** A number and a code: "58 QD", "58-CT". */
  private static final Pattern NUMBER_CODE =
      Pattern.compile("(?<![A-Z0-9])(\\d{1,5})\\s*[-/ ]\\s*(" + CODES + ")(?![A-Z0-9])");

  /** Kind words, folded, to the kinds they name. */
  private static final Map<String, Set<RegulationKind>> KIND_WORDS =
      Map.ofEntries(
          Map.entry("quy dinh", Set.of(RegulationKind.REGULATION)),
          Map.entry("quyet dinh", Set.of(RegulationKind.DECISION)),
          Map.entry("chi thi", Set.of(RegulationKind.DIRECTIVE)),
          Map.entry("nghi quyet", Set.of(RegulationKind.RESOLUTION)),
          Map.entry("huong dan", Set.of(RegulationKind.GUIDANCE)),
          Map.entry("ket luan", Set.of(RegulationKind.CONCLUSION)),
          Map.entry("thong bao", Set.of(RegulationKind.NOTICE)),
          Map.entry("ke hoach", Set.of(RegulationKind.PLAN)),
          Map.entry("quy che", Set.of(RegulationKind.RULES)),
          Map.entry("nghi dinh", Set.of(RegulationKind.DECREE)),
          Map.entry("thong tu", Set.of(RegulationKind.CIRCULAR)),
          Map.entry("luat", Set.of(RegulationKind.LAW)),
          Map.entry("cong van", Set.of(RegulationKind.OFFICIAL_LETTER)));

  /** A kind word and a number in the folded query: "quy dinh 58", "chi thi so 39". */
  private static final Pattern KIND_NUMBER =
      Pattern.compile(
          "(?<![a-z0-9])("
              + KIND_WORDS.keySet().stream()
                  .map(k -> k.replace(" ", "\\s+"))
                  .collect(Collectors.joining("|"))
              + ")\\s+(?:so\\s*)?(\\d{1,5})(?![a-z0-9])");

  /** d-m-yyyy, d/m/yyyy, d.m.yyyy, optionally after "ngày". */
  private static final Pattern DMY =
      Pattern.compile(
          "(?<![a-z0-9])(?:ngay\\s+)?(\\d{1,2})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})(?![a-z0-9])");

  /** "ngày 8 tháng 2 năm 2022" (folded), "8 thang 2 nam 2022". */
  private static final Pattern LONG_DATE =
      Pattern.compile(
          "(?<![a-z0-9])(?:ngay\\s+)?(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s*(?:,\\s*)?nam\\s+(\\d{4})(?![a-z0-9])");

  /** ISO: 2022-02-08. */
  private static final Pattern ISO_DATE =
      Pattern.compile("(?<![a-z0-9])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![a-z0-9])");

  /** Quotation marks that open or close a phrase. */
  private static final String QUOTES = "\"“”„«»";

  public SearchQuery {
    terms = List.copyOf(terms);
    termsBesideSymbol = List.copyOf(termsBesideSymbol);
    termsBesideDate = List.copyOf(termsBesideDate);
  }

  /** Whether the query has anything to search for. */
  public boolean isEmpty() {
    return terms.isEmpty() && symbol == null && date == null;
  }

  /** Every word of the query, in order. */
  public List<String> words() {
    return terms.stream().flatMap(t -> t.words().stream()).toList();
  }

  /** Whether the query is one phrase already (so the phrase tier adds nothing). */
  boolean isSinglePhrase() {
    return terms.size() == 1;
  }

  /**
   * All terms, each once, AND-ed, in {@code to_tsquery} syntax; {@code null} when there are none.
   */
  static String and(List<Term> terms) {
    if (terms.isEmpty()) {
      return null;
    }
    return terms.stream().distinct().map(Term::tsquery).collect(Collectors.joining(" & "));
  }

  /**
   * The adjacent word pairs of the phrases among {@code phrases}, AND-ed, as a {@code tsquery}
   * literal over the pair lexemes of migration V5 ({@code vn_search_pairs}): ["lam", "van", "man"]
   * → {@code 'lam_van' & 'van_man'}; {@code null} when no phrase has two words.
   */
  static String pairs(List<List<String>> phrases) {
    java.util.LinkedHashSet<String> pairs = new java.util.LinkedHashSet<>();
    for (List<String> words : phrases) {
      for (int i = 0; i + 1 < words.size(); i++) {
        pairs.add("'" + words.get(i) + "_" + words.get(i + 1) + "'");
      }
    }
    return pairs.isEmpty() ? null : String.join(" & ", pairs);
  }

  /** Every word of the query next to each other, in order; {@code null} without words. */
  String phrase() {
    List<String> words = words();
    return words.isEmpty() ? null : String.join(" <-> ", words);
  }

  /** The words joined by spaces: what the trigram comparison sees. */
  String plain() {
    return String.join(" ", words());
  }

  /**
   * Parses a query.
   *
   * @param raw the query as typed, not {@code null}
   */
  public static SearchQuery parse(String raw) {
    String text = Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
    if (text.length() > MAX_LENGTH) {
      text = text.substring(0, MAX_LENGTH);
    }
    String folded = SearchText.fold(text);

    // Dates first: the characters they cover are not a symbol's number.
    BitSet dateSpan = new BitSet();
    LocalDate date = findDate(folded, dateSpan);

    // Symbols: look in the upper-cased fold, but read the key from the original characters
    // ("58-QĐ/TƯ" → "58QDTW": SymbolKeys knows that "TƯ" is "TW").
    BitSet symbolSpan = new BitSet();
    SymbolRef symbol = findSymbol(text, folded, dateSpan, symbolSpan);

    List<Term> terms = new ArrayList<>();
    List<Term> besideSymbol = new ArrayList<>();
    List<Term> besideDate = new ArrayList<>();
    int words = 0;
    for (Chunk chunk : chunks(text)) {
      List<Word> chunkWords = SearchText.words(chunk.text());
      List<String> all = new ArrayList<>();
      List<String> outsideSymbol = new ArrayList<>();
      List<String> outsideDate = new ArrayList<>();
      for (Word w : chunkWords) {
        if (words >= MAX_WORDS) {
          break;
        }
        words++;
        int at = chunk.start() + w.start();
        all.add(w.text());
        if (!symbolSpan.get(at)) {
          outsideSymbol.add(w.text());
        }
        if (!dateSpan.get(at)) {
          outsideDate.add(w.text());
        }
      }
      addTerm(terms, all);
      addTerm(besideSymbol, outsideSymbol);
      addTerm(besideDate, outsideDate);
    }
    // Terms are kept as typed, repeats included: the phrase of all words needs them ("về bảo vệ":
    // ve, bao, ve); the conjunctions drop them (and()).
    return new SearchQuery(text, terms, symbol, date, besideSymbol, besideDate);
  }

  /** A quoted part or a whitespace-free chunk of the query, with where it starts. */
  private record Chunk(String text, int start, boolean quoted) {}

  /** The query cut at whitespace outside quotes, and at quotes. */
  private static List<Chunk> chunks(String text) {
    List<Chunk> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
      } else if (QUOTES.indexOf(c) >= 0) {
        int end = i + 1;
        while (end < n && QUOTES.indexOf(text.charAt(end)) < 0) {
          end++;
        }
        out.add(new Chunk(text.substring(i + 1, end), i + 1, true));
        i = end + 1;
      } else {
        int end = i;
        while (end < n
            && !Character.isWhitespace(text.charAt(end))
            && !Character.isSpaceChar(text.charAt(end))
            && QUOTES.indexOf(text.charAt(end)) < 0) {
          end++;
        }
        out.add(new Chunk(text.substring(i, end), i, false));
        i = end;
      }
    }
    return out;
  }

  /**
   * Adds the words of one chunk as one term: a quoted part or a chunk of several words ("58-qd/tw",
   * "8-2-2022") is a phrase.
   */
  private static void addTerm(List<Term> terms, List<String> words) {
    if (words.isEmpty()) {
      return;
    }
    terms.add(new Term(words));
  }

  private static LocalDate findDate(String folded, BitSet span) {
    for (Pattern p : List.of(LONG_DATE, DMY, ISO_DATE)) {
      Matcher m = p.matcher(folded);
      while (m.find()) {
        LocalDate d = p == ISO_DATE ? date(m.group(3), m.group(2), m.group(1)) : dmy(p, m);
        if (d != null) {
          span.set(m.start(), m.end());
          return d;
        }
      }
    }
    return null;
  }

  private static LocalDate dmy(Pattern p, Matcher m) {
    return p == DMY
        ? date(m.group(1), m.group(3), m.group(4))
        : date(m.group(1), m.group(2), m.group(3));
  }

  private static LocalDate date(String day, String month, String year) {
    try {
      int y = Integer.parseInt(year);
      if (y < 1900 || y > 2100) {
        return null;
      }
      return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static SymbolRef findSymbol(String text, String folded, BitSet dates, BitSet span) {
    String upper = folded.toUpperCase(Locale.ROOT);
    Matcher full = FULL_SYMBOL.matcher(upper);
    while (full.find()) {
      if (dates.get(full.start())) {
        continue;
      }
      String between = upper.substring(full.end(3), full.start(4));
      if (between.isBlank() && !SUFFIXES.contains(full.group(4))) {
        continue; // "58 QD BAO VE": the words after the code are words, not an issuer part
      }
      String loose = SymbolKeys.loose(text.substring(full.start(), full.end()));
      if (loose == null) {
        continue;
      }
      span.set(full.start(), full.end());
      String number = full.group(1);
      String rest = loose.substring(number.length());
      List<String> numbers = numberForms(number);
      List<String> keys = numbers.stream().map(n -> n + rest).toList();
      return new SymbolRef(keys, numbers, full.group(3), Set.of());
    }
    Matcher code = CODE_NUMBER.matcher(upper);
    while (code.find()) {
      if (!dates.get(code.start(2))) {
        span.set(code.start(), code.end());
        return new SymbolRef(List.of(), numberForms(code.group(2)), code.group(1), Set.of());
      }
    }
    Matcher numberCode = NUMBER_CODE.matcher(upper);
    while (numberCode.find()) {
      if (!dates.get(numberCode.start())) {
        span.set(numberCode.start(), numberCode.end());
        return new SymbolRef(
            List.of(), numberForms(numberCode.group(1)), numberCode.group(2), Set.of());
      }
    }
    Matcher kind = KIND_NUMBER.matcher(folded);
    while (kind.find()) {
      if (!dates.get(kind.start(2))) {
        span.set(kind.start(), kind.end());
        String word = kind.group(1).replaceAll("\\s+", " ");
        return new SymbolRef(List.of(), numberForms(kind.group(2)), null, KIND_WORDS.get(word));
      }
    }
    return null;
  }

  /** "58" → ["58"]; "1" or "01" → ["1", "01", "001"]: registries keep leading zeros as written. */
  private static List<String> numberForms(String number) {
    String bare = number.replaceFirst("^0+(?=\\d)", "");
    Set<String> forms = new LinkedHashSet<>();
    forms.add(bare);
    for (int width = bare.length() + 1; width <= 3; width++) {
      forms.add("0".repeat(width - bare.length()) + bare);
    }
    forms.add(number);
    return List.copyOf(forms);
  }
}
