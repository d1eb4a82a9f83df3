package io.regtrack.acceptance;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Java port of {@code shared/tools/score.py}, the official scorer, so that an acceptance test can
 * enforce the same metrics inside {@code ./mvnw verify}.
 *
 * <p>It talks to the server exactly as score.py does (POST each gold article as {@code text/plain;
 * charset=utf-8}, GET the document back, and at the end GET each cited regulation for its
 * relations) and compares with the gold file using score.py's normalisation, pairing and metrics.
 * Everything is read as Jackson {@link JsonNode} trees, never as the server's Java types, and JSON
 * values follow Python's semantics where score.py depends on them: {@code ==} ({@code 250 ==
 * 250.0}, {@code None == None}), truthiness ({@code x or default}), set membership, {@code str()}
 * and {@code repr()} in the problem messages, and {@code "%.3f"} rounding (half-even on the exact
 * binary value). Where score.py would crash on a response that breaks the contract (say a list
 * where an object belongs), this class throws an {@link IllegalStateException} instead.
 *
 * <p>Two deliberate differences: score.py iterates the citations found in both the gold and the
 * response in Python set order (arbitrary), this class in gold order, so per-field problems of one
 * article may be listed in another order; and {@link Report#table()} lists the rows before the
 * problems.
 */
public final class GoldScorer {

  private GoldScorer() {}

  // ------------------------------------------------------------------ normalising

  /** Old-style tone placement -> new style, so "uỷ" == "ủy" (score.py TONE_PAIRS, same order). */
  static final Map<String, String> TONE_PAIRS =
      orderedPairs(
          "oà", "òa", "oá", "óa", "oả", "ỏa", "oã", "õa", "oạ", "ọa", //
          "oè", "òe", "oé", "óe", "oẻ", "ỏe", "oẽ", "õe", "oẹ", "ọe", //
          "uỳ", "ùy", "uý", "úy", "uỷ", "ủy", "uỹ", "ũy", "uỵ", "ụy");

  /**
   * Python's {@code \w} for str patterns is exactly {@code [\p{L}\p{N}_]}. Java's {@code \b}, even
   * with {@link Pattern#UNICODE_CHARACTER_CLASS}, counts combining marks and connector punctuation
   * as word characters and "²"/"½" (category No) not, so score.py's {@code \b} is spelled out with
   * lookarounds over this class instead. The intersection with U+10FFFF (a noncharacter, in neither
   * class) changes nothing but puts a supplementary code point into the pattern, which makes
   * java.util.regex evaluate lookbehinds by code point: otherwise a letter outside the BMP right
   * before "TW" would be read as a lone surrogate, i.e. a non-word character.
   */
  private static final String PY_WORD = "[\\p{L}\\p{N}_&&[^\uDBFF\uDFFF]]";

  private static final String PY_BOUNDARY =
      "(?:(?<=" + PY_WORD + ")(?!" + PY_WORD + ")|(?<!" + PY_WORD + ")(?=" + PY_WORD + "))";

  /** Python's {@code \s} for str patterns (= {@code str.isspace()}), which Java's lacks 1C-1F. */
  private static final String PY_SPACE =
      "[\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F"
          + "\\u3000]";

  /** Expanded before comparing positions/issuers (word-bounded); score.py ABBREV, same order. */
  static final List<Map.Entry<Pattern, String>> ABBREV =
      List.of(
          abbrev("\\bT\\.Ư\\b|\\bTƯ\\b|\\bTW\\b", "trung ương"),
          abbrev("\\bBCH\\b", "ban chấp hành"),
          abbrev("\\bTVTU\\b", "thường vụ tỉnh ủy"),
          abbrev("\\bUVTV\\b", "ủy viên ban thường vụ"),
          abbrev("\\bBTV\\b", "ban thường vụ"),
          abbrev("\\bTUV\\b", "tỉnh ủy viên"),
          abbrev("\\bĐBQH\\b", "đại biểu quốc hội"),
          abbrev("\\bUBKT\\b", "ủy ban kiểm tra"),
          abbrev("\\bUBTƯ\\b", "ủy ban trung ương"),
          abbrev("\\bMTTQ\\b", "mặt trận tổ quốc"),
          abbrev("\\bHĐND\\b", "hội đồng nhân dân"),
          abbrev("\\bUBND\\b", "ủy ban nhân dân"),
          abbrev("\\bĐUK\\b", "đảng ủy khối"));

  private static final Pattern PUNCT = pyRegex("[“”\"'‘’«»().,;:]");
  private static final Pattern SPACES = pyRegex("\\s+");
  private static final Pattern DASHES = pyRegex("[–—]");

  /** score.py {@code text_key}. */
  static String textKey(String s) {
    if (s == null) {
      return null;
    }
    s = nfc(s).replace('\u00a0', ' ').toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> pair : TONE_PAIRS.entrySet()) {
      s = s.replace(pair.getKey(), pair.getValue());
    }
    s = PUNCT.matcher(s).replaceAll(" ");
    // After this only ' ' is left of Python's whitespace, so strip() is a trim of spaces.
    return trimSpaces(SPACES.matcher(s).replaceAll(" "));
  }

  /** score.py {@code title_key}. */
  static String titleKey(String s) {
    String k = textKey(s);
    if (k != null && !k.isEmpty() && k.startsWith("về ")) {
      k = k.substring(3);
    }
    return k;
  }

  /** score.py {@code position_key}. */
  static String positionKey(String s) {
    if (s == null) {
      return null;
    }
    s = nfc(s);
    for (Map.Entry<Pattern, String> abbrev : ABBREV) {
      s = abbrev.getKey().matcher(s).replaceAll(Matcher.quoteReplacement(abbrev.getValue()));
    }
    String k = textKey(s);
    return k.replace("ủy viên ban chấp hành trung ương", "ủy viên trung ương");
  }

  /** score.py {@code symbol_key}: {@code null} for {@code null} and "" (Python's falsy). */
  static String symbolKey(String s) {
    if (s == null || s.isEmpty()) {
      return null;
    }
    s = nfc(s).toUpperCase(Locale.ROOT).replace("TƯ", "TW");
    s = DASHES.matcher(s).replaceAll("-");
    return SPACES.matcher(s).replaceAll("");
  }

  /** score.py {@code reg_key}: the symbol key, or else "kind:number". */
  static String regKey(JsonNode c) {
    String key = symbolKey(get(c, "symbol"));
    if (key != null && !key.isEmpty()) {
      return key;
    }
    return pyStr(get(c, "kind")) + ":" + pyStr(get(c, "number"));
  }

  /** {@code text_key(x)} of a JSON value: {@code text_key(str(x))}, {@code None} stays null. */
  static String textKey(JsonNode x) {
    return textKey(strOrNull(x));
  }

  static String titleKey(JsonNode x) {
    return titleKey(strOrNull(x));
  }

  static String positionKey(JsonNode x) {
    return positionKey(strOrNull(x));
  }

  /** {@code symbol_key(x)}: falsy values give null; other non-strings crash score.py. */
  static String symbolKey(JsonNode x) {
    if (!truthy(x)) {
      return null;
    }
    if (!x.isTextual()) {
      throw new IllegalStateException(
          "symbol_key: normalize() argument 2 must be str, not " + pyType(x) + ": " + pyRepr(x));
    }
    return symbolKey(x.textValue());
  }

  // ------------------------------------------------------------------ metrics

  /** score.py {@code Tally}: set-based tp/fp/fn; {@code ok} predictions are not false positives. */
  static final class Tally {
    int tp;
    int fp;
    int fn;

    <T> void add(Collection<? extends T> gold, Collection<? extends T> pred) {
      add(gold, pred, Set.of());
    }

    <T> void add(
        Collection<? extends T> gold, Collection<? extends T> pred, Collection<? extends T> ok) {
      Set<T> g = new HashSet<>(gold);
      Set<T> p = new HashSet<>(pred);
      Set<T> both = new HashSet<>(g);
      both.retainAll(p);
      tp += both.size();
      Set<T> missed = new HashSet<>(g);
      missed.removeAll(p);
      fn += missed.size();
      Set<T> extra = new HashSet<>(p);
      extra.removeAll(g);
      extra.removeAll(new HashSet<>(ok));
      fp += extra.size();
    }

    /** {f1, precision, recall}, each 1.0 when its denominator is zero (F1 0.0 when P+R is). */
    double[] f1() {
      double p = tp + fp != 0 ? (double) tp / (tp + fp) : 1.0;
      double r = tp + fn != 0 ? (double) tp / (tp + fn) : 1.0;
      return new double[] {p + r != 0 ? 2 * p * r / (p + r) : 0.0, p, r};
    }
  }

  /** score.py {@code Acc}: accuracy, 1.0 when nothing was checked. */
  static final class Acc {
    int ok;
    int n;

    void add(boolean good) {
      n++;
      if (good) {
        ok++;
      }
    }

    double value() {
      return n != 0 ? (double) ok / n : 1.0;
    }
  }

  /**
   * The result: the rows of score.py ({@code metrics} holds the F1 or accuracy of each row, {@code
   * details} the text score.py prints for it), the problems and the overall mean of the rows.
   */
  public record Report(
      Map<String, Double> metrics,
      Map<String, String> details,
      List<String> problems,
      double overall) {

    public Report {
      metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
      details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
      problems = List.copyOf(problems);
    }

    /** The rows as score.py prints them, the overall score, then the problems. */
    public String table() {
      StringBuilder sb = new StringBuilder();
      details.forEach(
          (name, text) -> sb.append(String.format(Locale.ROOT, "%-20s %s%n", name, text)));
      sb.append("overall ").append(f3(overall)).append(System.lineSeparator());
      if (problems.isEmpty()) {
        sb.append("problems: none").append(System.lineSeparator());
      } else {
        sb.append("problems (").append(problems.size()).append("):").append(System.lineSeparator());
        problems.forEach(p -> sb.append("  - ").append(p).append(System.lineSeparator()));
      }
      return sb.toString();
    }
  }

  // ------------------------------------------------------------------ http

  /** The HTTP exchange of score.py's {@code Api.call}: status and raw body. */
  interface Http {
    Exchange call(String method, String path, byte[] body, String contentType);
  }

  record Exchange(int status, byte[] body) {}

  /** A response as score.py's {@code Api.call} returns it: status and the decoded body. */
  record Reply(int status, JsonNode body) {}

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS) // Python's json reads NaN, Infinity
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** RestAssured with the base URI/port the Quarkus test set, headers as score.py sends them. */
  static Http restAssured(String authorizationHeader) {
    return (method, path, body, contentType) -> {
      RequestSpecification spec = RestAssured.given().accept("application/json");
      if (contentType != null) {
        spec = spec.contentType(contentType);
      }
      if (authorizationHeader != null && !authorizationHeader.isEmpty()) {
        spec = spec.header("Authorization", authorizationHeader);
      }
      if (body != null) {
        spec = spec.body(body);
      }
      Response response = spec.request(method, path);
      return new Exchange(response.statusCode(), response.asByteArray());
    };
  }

  /**
   * score.py's decoding: a 2xx body is JSON or empty ({@code None}); any other body is JSON if it
   * parses, else its text ("" when empty).
   */
  static Reply decode(Exchange exchange) {
    byte[] raw = exchange.body() == null ? new byte[0] : exchange.body();
    int status = exchange.status();
    if (status >= 200 && status < 300) {
      if (raw.length == 0) {
        return new Reply(status, null);
      }
      JsonNode body = parse(raw);
      if (body == null) {
        throw new IllegalStateException(
            "HTTP " + status + " with a body that is not JSON: " + new String(raw, UTF_8));
      }
      return new Reply(status, none(body));
    }
    JsonNode body = raw.length == 0 ? null : parse(raw);
    return new Reply(status, body != null ? none(body) : TextNode.valueOf(new String(raw, UTF_8)));
  }

  private static JsonNode parse(byte[] raw) {
    try {
      JsonNode node = JSON.readTree(raw);
      return node == null || node.isMissingNode() ? null : node;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  // ------------------------------------------------------------------ scoring

  private static final List<String> TALLIES =
      List.of(
          "citations", "relations", "meetings", "persons", "positions", "chairs", "meetingRegs");
  private static final List<String> ACCURACIES =
      List.of(
          "cite.kind",
          "cite.issuer",
          "cite.issuedOn",
          "cite.title",
          "cite.structure",
          "meet.date",
          "meet.kind",
          "meet.province",
          "meet.organizer",
          "meet.attendeeCount",
          "meet.online",
          "meet.bridgePoints",
          "doc.title",
          "doc.publishedOn");

  /**
   * Scores the server the Quarkus test runs (RestAssured's base URI/port) against the gold file.
   *
   * @param corpusDir the directory holding the gold articles' files
   * @param goldFile gold.json
   * @param authorizationHeader the full header value, e.g. "Bearer test-editor-key" (none if empty)
   */
  public static Report score(Path corpusDir, Path goldFile, String authorizationHeader) {
    return score(corpusDir, goldFile, restAssured(authorizationHeader));
  }

  static Report score(Path corpusDir, Path goldFile, Http http) {
    JsonNode gold;
    try {
      gold = JSON.readTree(goldFile.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Run(corpusDir, http).score(items(gold));
  }

  /** One scoring run: score.py's {@code score()} with its local state as fields. */
  private static final class Run {
    private final Path corpus;
    private final Http http;
    private final Map<String, Tally> t = new LinkedHashMap<>();
    private final Map<String, Acc> a = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final Map<String, JsonNode> regIds = new LinkedHashMap<>(); // symbol key -> id
    private final Set<Edge> goldEdges = new LinkedHashSet<>();
    private final Set<Edge> okEdges = new LinkedHashSet<>();
    private final Set<String> goldSyms = new LinkedHashSet<>();

    Run(Path corpus, Http http) {
      this.corpus = corpus;
      this.http = http;
      TALLIES.forEach(k -> t.put(k, new Tally()));
      ACCURACIES.forEach(k -> a.put(k, new Acc()));
    }

    private Reply call(String method, String path, byte[] body, String contentType) {
      return decode(http.call(method, path, body, contentType));
    }

    Report score(List<JsonNode> gold) {
      for (JsonNode g : gold) {
        article(g);
      }
      relations();

      Map<String, Double> metrics = new LinkedHashMap<>();
      Map<String, String> details = new LinkedHashMap<>();
      t.forEach(
          (k, v) -> {
            double[] fpr = v.f1();
            metrics.put(k, fpr[0]);
            details.put(
                k,
                String.format(
                    Locale.ROOT,
                    "F1 %s  P %s  R %s  (tp %d fp %d fn %d)",
                    f3(fpr[0]),
                    f3(fpr[1]),
                    f3(fpr[2]),
                    v.tp,
                    v.fp,
                    v.fn));
          });
      a.forEach(
          (k, v) -> {
            metrics.put(k, v.value());
            details.put(
                k, String.format(Locale.ROOT, "accuracy %s  (%d/%d)", f3(v.value()), v.ok, v.n));
          });
      double sum = 0.0;
      for (double v : metrics.values()) {
        sum += v;
      }
      return new Report(metrics, details, problems, sum / metrics.size());
    }

    private void article(JsonNode g) {
      String file = pyStr(get(g, "file"));
      String text = readText(corpus.resolve(file));
      Reply posted =
          call("POST", "/api/v1/documents", text.getBytes(UTF_8), "text/plain; charset=utf-8");
      JsonNode body = posted.body();
      if ((posted.status() != 200 && posted.status() != 201)
          || body == null
          || !body.isObject()
          || get(body, "id") == null) {
        problems.add(
            file + ": POST /api/v1/documents -> " + posted.status() + " " + head(pyStr(body), 200));
        for (String k : List.of("citations", "meetings", "persons")) {
          List<String> indexes = new ArrayList<>();
          for (int i = 0; i < items(get(g, k)).size(); i++) {
            indexes.add(String.valueOf(i));
          }
          t.get(k).add(indexes, List.<String>of());
        }
        return;
      }
      Reply read = call("GET", "/api/v1/documents/" + pyStr(get(body, "id")), null, null);
      if (read.status() != 200) {
        problems.add(file + ": GET document -> " + read.status());
        return;
      }
      JsonNode doc = read.body();
      String fid = file;

      // document
      JsonNode goldDoc = get(g, "document");
      a.get("doc.title")
          .add(Objects.equals(textKey(get(doc, "title")), textKey(get(goldDoc, "title"))));
      JsonNode pub = get(doc, "publishedOn");
      if (!truthy(pub)) {
        JsonNode at = get(doc, "publishedAt");
        String day = truthy(at) ? head(requireText(at, "publishedAt"), 10) : "";
        pub = day.isEmpty() ? null : TextNode.valueOf(day);
      }
      a.get("doc.publishedOn").add(pyEquals(pub, get(goldDoc, "publishedOn")));

      citations(g, doc, fid);

      for (JsonNode rel : items(get(g, "relations"))) {
        goldEdges.add(edge(rel));
      }
      for (JsonNode rel : items(get(g, "relationsAcceptable"))) {
        okEdges.add(edge(rel));
      }

      meetings(g, doc, fid);
      persons(g, doc, fid);
    }

    /**
     * Citations: one per distinct regulation; fields as this article states them (merged over its
     * mentions), or else as the corpus knows the regulation.
     */
    private void citations(JsonNode g, JsonNode doc, String fid) {
      Map<String, JsonNode> pred = new LinkedHashMap<>();
      Map<String, ObjectNode> stated = new LinkedHashMap<>();
      for (JsonNode c : items(get(doc, "citations"))) {
        JsonNode r = or(get(c, "regulation"), or(get(c, "stated"), NODES.objectNode()));
        String k = regKey(r);
        pred.putIfAbsent(k, r);
        ObjectNode merged = stated.computeIfAbsent(k, x -> NODES.objectNode());
        JsonNode cs = or(get(c, "stated"), null);
        if (cs != null) {
          requireObject(cs, "stated");
          for (Map.Entry<String, JsonNode> f : cs.properties()) {
            if (get(merged, f.getKey()) == null) {
              merged.set(f.getKey(), f.getValue());
            }
          }
        }
        if (get(r, "id") != null) {
          regIds.put(k, get(r, "id"));
        }
      }
      Map<String, JsonNode> gmap = new LinkedHashMap<>();
      for (JsonNode c : items(get(g, "citations"))) {
        gmap.put(regKey(c), c);
      }
      goldSyms.addAll(gmap.keySet());
      t.get("citations").add(gmap.keySet(), pred.keySet());
      for (String k : sortedDifference(gmap.keySet(), pred.keySet())) {
        problems.add(fid + ": missed citation " + k);
      }
      for (String k : sortedDifference(pred.keySet(), gmap.keySet())) {
        problems.add(fid + ": spurious citation " + k);
      }
      for (String k : gmap.keySet()) {
        if (!pred.containsKey(k)) {
          continue;
        }
        JsonNode gc = gmap.get(k);
        List<JsonNode> views = List.of(stated.get(k), pred.get(k));
        Map<String, Boolean> checks = new LinkedHashMap<>();
        checks.put("cite.kind", seen(views, "kind").contains(new PyKey(get(gc, "kind"))));
        if (truthy(get(gc, "issuer"))) {
          checks.put(
              "cite.issuer",
              seen(views, "issuer", GoldScorer::textKey).contains(textKey(get(gc, "issuer"))));
        }
        if (truthy(get(gc, "issuedOn"))) {
          Set<PyKey> seenOn = seen(views, "issuedOn");
          checks.put(
              "cite.issuedOn",
              seenOn.contains(new PyKey(get(gc, "issuedOn")))
                  || seenOn.contains(new PyKey(get(gc, "issuedOnCanonical"))));
        }
        if (truthy(get(gc, "title"))) {
          checks.put(
              "cite.title",
              seen(views, "title", GoldScorer::titleKey).contains(titleKey(get(gc, "title"))));
        }
        if (truthy(get(gc, "structure"))) {
          JsonNode s = get(gc, "structure");
          List<PyKey> want = List.of(new PyKey(get(s, "chapters")), new PyKey(get(s, "articles")));
          Set<List<PyKey>> got = new HashSet<>();
          for (JsonNode v : views) {
            got.add(List.of(new PyKey(get(v, "chapters")), new PyKey(get(v, "articles"))));
          }
          checks.put("cite.structure", got.contains(want));
        }
        checks.forEach(
            (name, good) -> {
              a.get(name).add(good);
              if (!good) {
                String field = name.split("\\.")[1];
                String got;
                if (field.equals("structure")) {
                  List<String> tuples = new ArrayList<>();
                  for (JsonNode v : views) {
                    tuples.add(
                        "(" + pyRepr(get(v, "chapters")) + ", " + pyRepr(get(v, "articles")) + ")");
                  }
                  got = "[" + String.join(", ", tuples) + "]";
                } else {
                  List<String> values = new ArrayList<>();
                  for (PyKey v : seen(views, field)) {
                    values.add(pyStr(v.node));
                  }
                  values.sort(PY_ORDER);
                  got = reprStrings(values);
                }
                problems.add(
                    fid
                        + ": "
                        + k
                        + " "
                        + field
                        + ": got "
                        + got
                        + " want "
                        + pyRepr(get(gc, field)));
              }
            });
      }
    }

    /** Meetings: greedy pairing by date, province and shared regulations. */
    private void meetings(JsonNode g, JsonNode doc, String fid) {
      List<JsonNode> pms = items(get(doc, "meetings"));
      List<JsonNode> gms = items(get(g, "meetings"));
      Set<Integer> used = new HashSet<>();
      for (JsonNode gm : gms) {
        Set<String> goldRegs = new HashSet<>();
        for (JsonNode s : items(get(gm, "regulations"))) {
          if (s.isTextual()) { // only a str can equal a reg_key
            goldRegs.add(s.textValue());
          }
        }
        Integer best = null;
        int bestS = -1;
        for (int i = 0; i < pms.size(); i++) {
          if (used.contains(i)) {
            continue;
          }
          JsonNode pm = pms.get(i);
          int s = pyEquals(get(pm, "date"), get(gm, "date")) ? 2 : 0;
          s += Objects.equals(textKey(get(pm, "province")), textKey(get(gm, "province"))) ? 1 : 0;
          Set<String> shared = meetingRegKeys(pm);
          shared.retainAll(goldRegs);
          s += shared.size();
          if (s > bestS) {
            best = i;
            bestS = s;
          }
        }
        if (best == null) {
          continue;
        }
        used.add(best);
        JsonNode pm = pms.get(best);
        JsonNode acc = or(get(gm, "acceptable"), NODES.objectNode());
        Function<String, Set<String>> alt =
            f -> {
              Set<String> keys = new HashSet<>();
              keys.add(textKey(get(gm, f)));
              for (JsonNode x : items(get(acc, f))) {
                keys.add(textKey(x));
              }
              return keys;
            };
        String org = textKey(nameOf(get(pm, "organizer")));
        Set<PyKey> kinds = new HashSet<>();
        kinds.add(new PyKey(get(gm, "kind")));
        for (JsonNode x : items(get(acc, "kind"))) {
          kinds.add(new PyKey(x));
        }
        Map<String, Boolean> checks = new LinkedHashMap<>();
        checks.put("meet.date", pyEquals(get(pm, "date"), get(gm, "date")));
        checks.put("meet.kind", kinds.contains(new PyKey(get(pm, "kind"))));
        checks.put("meet.province", alt.apply("province").contains(textKey(get(pm, "province"))));
        checks.put("meet.organizer", alt.apply("organizer").contains(org));
        checks.put(
            "meet.attendeeCount", pyEquals(get(pm, "attendeeCount"), get(gm, "attendeeCount")));
        checks.put("meet.online", truthy(get(pm, "online")) == truthy(get(gm, "online")));
        checks.put("meet.bridgePoints", pyEquals(get(pm, "bridgePoints"), get(gm, "bridgePoints")));
        checks.forEach(
            (name, good) -> {
              a.get(name).add(good);
              if (!good) {
                String field = name.split("\\.")[1];
                String got = field.equals("organizer") ? reprString(org) : pyRepr(get(pm, field));
                problems.add(
                    fid
                        + ": meeting "
                        + field
                        + ": got "
                        + got
                        + " want "
                        + pyRepr(get(gm, field)));
              }
            });
        Set<String> chairs = new HashSet<>();
        for (JsonNode p : items(get(pm, "participants"))) {
          JsonNode role = get(p, "role");
          if (role != null && role.isTextual() && role.textValue().equals("CHAIR")) {
            chairs.add(textKey(nameOf(get(p, "person"))));
          }
        }
        Set<String> goldChairs = new HashSet<>();
        for (JsonNode c : items(get(gm, "chairs"))) {
          goldChairs.add(textKey(c));
        }
        Set<String> okChairs = new HashSet<>();
        for (JsonNode c : items(get(acc, "chairs"))) {
          okChairs.add(textKey(c));
        }
        t.get("chairs").add(goldChairs, chairs, okChairs);
        Set<String> goldSymbols = new HashSet<>();
        for (JsonNode s : items(get(gm, "regulations"))) {
          goldSymbols.add(symbolKey(s));
        }
        Set<String> okSymbols = new HashSet<>();
        for (JsonNode s : items(get(acc, "regulations"))) {
          okSymbols.add(symbolKey(s));
        }
        t.get("meetingRegs").add(goldSymbols, meetingRegKeys(pm), okSymbols);
      }
      Tally meetings = t.get("meetings");
      meetings.tp += used.size();
      meetings.fn += gms.size() - used.size();
      meetings.fp += pms.size() - used.size();
      if (pms.size() != gms.size()) {
        problems.add(fid + ": " + pms.size() + " meetings, want " + gms.size());
      }
    }

    /** Persons and their positions. */
    private void persons(JsonNode g, JsonNode doc, String fid) {
      Map<String, JsonNode> pp = new LinkedHashMap<>();
      for (JsonNode p : items(get(doc, "persons"))) {
        pp.put(textKey(get(p, "name")), p);
      }
      Map<String, JsonNode> gp = new LinkedHashMap<>();
      for (JsonNode p : items(get(g, "persons"))) {
        gp.put(textKey(get(p, "name")), p);
      }
      t.get("persons").add(gp.keySet(), pp.keySet());
      for (String k : sortedDifference(gp.keySet(), pp.keySet())) {
        problems.add(fid + ": missed person " + (k == null ? "None" : k));
      }
      for (String k : sortedDifference(pp.keySet(), gp.keySet())) {
        problems.add(fid + ": spurious person " + (k == null ? "None" : k));
      }
      for (String k : gp.keySet()) {
        if (!pp.containsKey(k)) {
          continue;
        }
        Set<String> want = new HashSet<>();
        for (JsonNode x : items(get(gp.get(k), "positions"))) {
          want.add(positionKey(x));
        }
        Set<String> got = new HashSet<>();
        for (JsonNode x : items(get(pp.get(k), "positions"))) {
          got.add(positionKey(x));
        }
        t.get("positions").add(want, got);
      }
    }

    /** Relations over the corpus, between regulations the gold cites. */
    private void relations() {
      Set<Edge> predEdges = new LinkedHashSet<>();
      for (String k : goldSyms) {
        if (!regIds.containsKey(k)) {
          continue;
        }
        Reply reg = call("GET", "/api/v1/regulations/" + pyStr(regIds.get(k)), null, null);
        if (reg.status() != 200) {
          continue;
        }
        for (JsonNode rel : items(get(reg.body(), "relations"))) {
          String other = regKey(or(get(rel, "regulation"), NODES.objectNode()));
          if (!goldSyms.contains(other)) {
            continue;
          }
          JsonNode direction = or(get(rel, "direction"), TextNode.valueOf("OUTGOING"));
          boolean out = direction.isTextual() && direction.textValue().equals("OUTGOING");
          PyKey type = new PyKey(get(rel, "type"));
          predEdges.add(out ? new Edge(k, type, other) : new Edge(other, type, k));
        }
      }
      t.get("relations").add(goldEdges, predEdges, okEdges);
      List<Edge> missed = new ArrayList<>(goldEdges);
      missed.removeAll(predEdges);
      missed.sort(Edge.ORDER);
      for (Edge e : missed) {
        problems.add("missed relation " + e);
      }
      List<Edge> spurious = new ArrayList<>(predEdges);
      spurious.removeAll(goldEdges);
      spurious.removeAll(okEdges);
      spurious.sort(Edge.ORDER);
      for (Edge e : spurious) {
        problems.add("spurious relation " + e);
      }
    }
  }

  /** {@code {reg_key(x.get("regulation") or x) for x in pm.get("regulations") or []}}. */
  private static Set<String> meetingRegKeys(JsonNode pm) {
    Set<String> keys = new HashSet<>();
    for (JsonNode x : items(get(pm, "regulations"))) {
      keys.add(regKey(or(get(x, "regulation"), x)));
    }
    return keys;
  }

  /** {@code {name_of(v.get(field)) for v in views if v.get(field) is not None}}. */
  private static Set<PyKey> seen(List<JsonNode> views, String field) {
    Set<PyKey> values = new LinkedHashSet<>();
    for (JsonNode v : views) {
      if (get(v, field) != null) {
        values.add(new PyKey(nameOf(get(v, field))));
      }
    }
    return values;
  }

  /** {@code seen(field, norm)} with a text normaliser. */
  private static Set<String> seen(
      List<JsonNode> views, String field, Function<JsonNode, String> norm) {
    Set<String> values = new HashSet<>();
    for (JsonNode v : views) {
      if (get(v, field) != null) {
        values.add(norm.apply(nameOf(get(v, field))));
      }
    }
    return values;
  }

  /** A relation {@code (from, type, to)}; str() of it is Python's tuple repr. */
  record Edge(String from, PyKey type, String to) {
    static final Comparator<Edge> ORDER =
        Comparator.comparing(Edge::from, Comparator.nullsFirst(PY_ORDER))
            .thenComparing(e -> pyStr(e.type().node), PY_ORDER)
            .thenComparing(Edge::to, Comparator.nullsFirst(PY_ORDER));

    @Override
    public String toString() {
      return "(" + reprString(from) + ", " + type + ", " + reprString(to) + ")";
    }
  }

  private static Edge edge(JsonNode rel) {
    return new Edge(
        symbolKey(get(rel, "from")), new PyKey(get(rel, "type")), symbolKey(get(rel, "to")));
  }

  // ------------------------------------------------------------------ Python semantics

  /**
   * A hashable JSON value with Python's equality: {@code 1 == 1.0 == True}, {@code "1" != 1},
   * {@code None == None}; lists and dicts are unhashable (score.py would crash on them).
   */
  static final class PyKey {
    private static final Object NONE = new Object();
    final JsonNode node;
    private final Object key;

    PyKey(JsonNode node) {
      this.node = none(node);
      this.key = scalarKey(this.node);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof PyKey other && key.equals(other.key);
    }

    @Override
    public int hashCode() {
      return key.hashCode();
    }

    @Override
    public String toString() {
      return pyRepr(node);
    }

    private static Object scalarKey(JsonNode v) {
      if (v == null) {
        return NONE;
      }
      if (v.isContainerNode()) {
        throw new IllegalStateException("unhashable type: '" + pyType(v) + "': " + pyRepr(v));
      }
      if (v.isBoolean()) {
        return v.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO;
      }
      if (v.isIntegralNumber()) {
        return new BigDecimal(v.bigIntegerValue()).stripTrailingZeros();
      }
      if (v.isNumber()) {
        double d = v.doubleValue();
        return Double.isFinite(d) ? new BigDecimal(d).stripTrailingZeros() : (Object) d;
      }
      if (v.isTextual()) {
        return v.textValue();
      }
      return pyRepr(v);
    }
  }

  /** Python's {@code ==} on JSON values (null is None). */
  static boolean pyEquals(JsonNode a, JsonNode b) {
    a = none(a);
    b = none(b);
    if (a == null || b == null) {
      return a == b;
    }
    if (a.isArray() || b.isArray()) {
      if (!a.isArray() || !b.isArray() || a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!pyEquals(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.isObject() || b.isObject()) {
      if (!a.isObject() || !b.isObject() || a.size() != b.size()) {
        return false;
      }
      for (Map.Entry<String, JsonNode> f : a.properties()) {
        if (!b.has(f.getKey()) || !pyEquals(f.getValue(), b.get(f.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (a.isNumber() && b.isNumber() && !a.isIntegralNumber() && Double.isNaN(a.doubleValue())) {
      return false; // nan != nan
    }
    return new PyKey(a).equals(new PyKey(b));
  }

  /** Python's {@code bool()}. */
  static boolean truthy(JsonNode v) {
    v = none(v);
    if (v == null) {
      return false;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isIntegralNumber()) {
      return v.bigIntegerValue().signum() != 0;
    }
    if (v.isNumber()) {
      return v.doubleValue() != 0.0;
    }
    if (v.isTextual()) {
      return !v.textValue().isEmpty();
    }
    if (v.isContainerNode()) {
      return v.size() > 0;
    }
    return true;
  }

  /** Python's {@code a or b}. */
  private static JsonNode or(JsonNode a, JsonNode b) {
    return truthy(a) ? a : b;
  }

  /** JSON null and absent are both Python's None (null here). */
  static JsonNode none(JsonNode v) {
    return v == null || v.isNull() || v.isMissingNode() ? null : v;
  }

  /** {@code obj.get(field)}: None when absent or null; score.py crashes when obj is no dict. */
  static JsonNode get(JsonNode obj, String field) {
    requireObject(obj, field);
    return none(obj.get(field));
  }

  private static void requireObject(JsonNode obj, String what) {
    if (obj == null || !obj.isObject()) {
      throw new IllegalStateException(
          "'" + pyType(obj) + "' object has no attribute 'get' (" + what + "): " + pyRepr(obj));
    }
  }

  private static String requireText(JsonNode v, String what) {
    if (!v.isTextual()) {
      throw new IllegalStateException(what + " is not a string: " + pyRepr(v));
    }
    return v.textValue();
  }

  /** score.py {@code name_of}: a dict's "name", anything else itself. */
  static JsonNode nameOf(JsonNode x) {
    x = none(x);
    return x != null && x.isObject() ? get(x, "name") : x;
  }

  /** {@code x or []} iterated: falsy values are empty; anything but a list breaks score.py. */
  static List<JsonNode> items(JsonNode v) {
    if (!truthy(v)) {
      return List.of();
    }
    if (!v.isArray()) {
      throw new IllegalStateException("expected a list, got " + pyRepr(v));
    }
    List<JsonNode> list = new ArrayList<>();
    v.forEach(list::add);
    return list;
  }

  /** Python's {@code str()} (strings as they are, everything else as repr), None stays null. */
  static String strOrNull(JsonNode v) {
    v = none(v);
    return v == null ? null : pyStr(v);
  }

  /** Python's {@code str()} of a JSON value. */
  static String pyStr(JsonNode v) {
    v = none(v);
    return v != null && v.isTextual() ? v.textValue() : pyRepr(v);
  }

  /** Python's {@code repr()} of a JSON value. */
  static String pyRepr(JsonNode v) {
    v = none(v);
    if (v == null) {
      return "None";
    }
    if (v.isBoolean()) {
      return v.booleanValue() ? "True" : "False";
    }
    if (v.isIntegralNumber()) {
      return v.bigIntegerValue().toString();
    }
    if (v.isNumber()) {
      return pyFloatRepr(v.doubleValue());
    }
    if (v.isTextual()) {
      return reprString(v.textValue());
    }
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      v.forEach(x -> parts.add(pyRepr(x)));
      return "[" + String.join(", ", parts) + "]";
    }
    if (v.isObject()) {
      List<String> parts = new ArrayList<>();
      for (Map.Entry<String, JsonNode> f : v.properties()) {
        parts.add(reprString(f.getKey()) + ": " + pyRepr(f.getValue()));
      }
      return "{" + String.join(", ", parts) + "}";
    }
    return reprString(v.asText());
  }

  private static String pyType(JsonNode v) {
    v = none(v);
    if (v == null) {
      return "NoneType";
    }
    if (v.isBoolean()) {
      return "bool";
    }
    if (v.isIntegralNumber()) {
      return "int";
    }
    if (v.isNumber()) {
      return "float";
    }
    if (v.isTextual()) {
      return "str";
    }
    return v.isArray() ? "list" : "dict";
  }

  /** Python's {@code repr(float)}: shortest round-trip digits, exponent outside 1e-4..1e16. */
  static String pyFloatRepr(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    String sign = (d < 0 || (d == 0 && 1 / d < 0)) ? "-" : "";
    if (d == 0) {
      return sign + "0.0";
    }
    BigDecimal exact = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
    String digits = exact.unscaledValue().toString();
    int decpt = digits.length() - exact.scale(); // value = 0.<digits> * 10^decpt
    if (decpt > -4 && decpt <= 16) {
      if (decpt <= 0) {
        return sign + "0." + "0".repeat(-decpt) + digits;
      }
      if (decpt >= digits.length()) {
        return sign + digits + "0".repeat(decpt - digits.length()) + ".0";
      }
      return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
    }
    int exp = decpt - 1;
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return sign
        + mantissa
        + "e"
        + (exp < 0 ? "-" : "+")
        + String.format(Locale.ROOT, "%02d", Math.abs(exp));
  }

  /** Python's {@code repr(str)}; None for null. */
  static String reprString(String s) {
    if (s == null) {
      return "None";
    }
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder sb = new StringBuilder().append(quote);
    s.codePoints()
        .forEach(
            cp -> {
              if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
              } else if (cp == '\t') {
                sb.append("\\t");
              } else if (cp == '\n') {
                sb.append("\\n");
              } else if (cp == '\r') {
                sb.append("\\r");
              } else if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format(Locale.ROOT, "\\x%02x", cp));
              } else if (cp < 0x7f || isPrintable(cp)) {
                sb.appendCodePoint(cp);
              } else if (cp <= 0xff) {
                sb.append(String.format(Locale.ROOT, "\\x%02x", cp));
              } else if (cp <= 0xffff) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", cp));
              } else {
                sb.append(String.format(Locale.ROOT, "\\U%08x", cp));
              }
            });
    return sb.append(quote).toString();
  }

  /** Python's {@code str.isprintable()} for one non-ASCII code point. */
  private static boolean isPrintable(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.UNASSIGNED,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR ->
          false;
      default -> true;
    };
  }

  /** Python's repr of a list of str. */
  private static String reprStrings(List<String> values) {
    List<String> parts = new ArrayList<>();
    values.forEach(v -> parts.add(reprString(v)));
    return "[" + String.join(", ", parts) + "]";
  }

  /** Python's {@code f"{x:.3f}"}: correctly rounded, ties to even, from the exact binary value. */
  static String f3(double x) {
    return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** Python's string order: by code point. */
  static final Comparator<String> PY_ORDER =
      (x, y) -> {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
          int a = x.codePointAt(i);
          int b = y.codePointAt(j);
          if (a != b) {
            return Integer.compare(a, b);
          }
          i += Character.charCount(a);
          j += Character.charCount(b);
        }
        return Boolean.compare(i < x.length(), j < y.length());
      };

  /** {@code sorted(set(a) - set(b))} (None first; Python would only refuse to order it). */
  private static List<String> sortedDifference(Collection<String> a, Collection<String> b) {
    List<String> out = new ArrayList<>(new LinkedHashSet<>(a));
    out.removeAll(new HashSet<>(b));
    out.sort(Comparator.nullsFirst(PY_ORDER));
    return out;
  }

  /** {@code s[:n]} by code point. */
  private static String head(String s, int n) {
    int count = s.codePointCount(0, s.length());
    return count <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
  }

  /** score.py's {@code open(path, encoding="utf-8").read()}: universal newlines. */
  private static String readText(Path path) {
    try {
      return Files.readString(path, UTF_8).replace("\r\n", "\n").replace('\r', '\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  private static String trimSpaces(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) == ' ') {
      start++;
    }
    while (end > start && s.charAt(end - 1) == ' ') {
      end--;
    }
    return s.substring(start, end);
  }

  /** Compiles one of score.py's patterns with Python's {@code \b} and {@code \s}. */
  static Pattern pyRegex(String python) {
    return Pattern.compile(python.replace("\\b", PY_BOUNDARY).replace("\\s", PY_SPACE));
  }

  private static Map.Entry<Pattern, String> abbrev(String python, String replacement) {
    return Map.entry(pyRegex(python), replacement);
  }

  private static Map<String, String> orderedPairs(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }
}
