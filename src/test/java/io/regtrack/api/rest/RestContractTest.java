package io.regtrack.api.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.regtrack.Articles;
import io.regtrack.CitingArticles;
import io.regtrack.Jobs;
import io.regtrack.MeetingArticles;
import io.regtrack.TestKeys;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The REST contract of DESIGN.md §4, endpoint by endpoint and parameter by parameter, as tables:
 *
 * <ul>
 *   <li>{@link #validValuesWork}: every filter with a valid value answers 200 and narrows the list
 *       to what it names (two invented meeting reports citing one regulation, so the filters can be
 *       checked exactly in a database other tests fill too);
 *   <li>{@link #malformedValuesAre400NamingTheParameter}: every parameter with malformed values
 *       (unknown enum values, malformed ids, cursors of another list, impossible dates, limits out
 *       of range, unknown search types, NUL characters) answers 400 {@code
 *       application/problem+json} whose {@code parameter} field and {@code detail} name it;
 *   <li>{@link #unknownIdsAre404}, {@link #oddValuesNeverGive500}, {@link
 *       #unknownParametersAreIgnored} and {@link #singleResourcesAnswerIfNoneMatch}.
 * </ul>
 *
 * <p>Rows hold functions of the {@link Fixture}: a method source runs before the application
 * starts, so the fixture is created on first use inside a test.
 */
@QuarkusTest
class RestContractTest {
  static final String DOCUMENTS = "/api/v1/documents";
  static final String MEETINGS = "/api/v1/meetings";
  static final String REGULATIONS = "/api/v1/regulations";
  static final String PERSONS = "/api/v1/persons";
  static final String ORGANIZATIONS = "/api/v1/organizations";
  static final String PROVINCES = "/api/v1/provinces";
  static final String CHANGES = "/api/v1/changes";
  static final String SEARCH = "/api/v1/search";
  static final String PROBLEM_JSON = "application/problem+json";

  // ------------------------------------------------------------------------------- the fixture

  /**
   * Two articles: a dissemination meeting in Sóc Trăng (16/3/2022) and a review meeting in Quảng
   * Ninh (14/3/2023), both citing Quy định {n}-QĐ/TW of the Bộ Chính trị; the second also reviews
   * Chỉ thị {n}-CT/TW of the Ban Bí thư (2013). Every filter combined with {@code regulation=} (or
   * {@code q=n}) must pick exactly one of the two, or both, or neither.
   */
  static final class Fixture {
    final String n;
    final String symbol;
    final String directiveSymbol;
    final Instant before;
    final long docA;
    final long docB;
    final long meetingA;
    final long meetingB;
    final long regulation;
    final long directive;
    final String chairAName;
    final String chairBName;
    final long chairA;
    final long chairB;
    final long organizerA;
    final long organizerB;
    final long politburo;
    final long secretariat;
    final Map<String, String> cursors = new LinkedHashMap<>();

    Fixture() {
      n = CitingArticles.number();
      symbol = n + "-QĐ/TW";
      directiveSymbol = n + "-CT/TW";
      chairAName = MeetingArticles.name();
      String deputyA = MeetingArticles.name();
      chairBName = MeetingArticles.name();
      before = Instant.now().minusSeconds(2);
      JsonPath a =
          MeetingApiTest.ingest(
              MeetingApiTest.socTrangReport(n, MeetingApiTest.DAY, chairAName, deputyA));
      JsonPath b = MeetingApiTest.ingest(quangNinhReview(n, chairBName));
      docA = a.getLong("id");
      docB = b.getLong("id");
      assertThat(a.getList("meetings")).hasSize(1);
      assertThat(b.getList("meetings")).hasSize(1);
      meetingA = a.getLong("meetings[0].id");
      meetingB = b.getLong("meetings[0].id");
      assertThat(b.getString("meetings[0].kind")).isEqualTo("REVIEW");
      assertThat(b.getString("meetings[0].province")).isEqualTo("Quảng Ninh");
      regulation = MeetingApiTest.regulationId(symbol);
      directive = MeetingApiTest.regulationId(directiveSymbol);
      chairA = personId(a, chairAName);
      chairB = personId(b, chairBName);
      organizerA = a.getLong("meetings[0].organizer.id");
      organizerB = b.getLong("meetings[0].organizer.id");
      politburo = issuer(regulation, "Bộ Chính trị");
      secretariat = issuer(directive, "Ban Bí thư");

      cursors.put("documents", nextCursor(DOCUMENTS, Map.of("limit", 1)));
      cursors.put("meetings", nextCursor(MEETINGS, Map.of("limit", 1)));
      cursors.put("regulations", nextCursor(REGULATIONS, Map.of("limit", 1)));
      cursors.put("persons", nextCursor(PERSONS, Map.of("limit", 1)));
      cursors.put("organizations", nextCursor(ORGANIZATIONS, Map.of("limit", 1)));
      cursors.put(
          "citations",
          nextCursor(REGULATIONS + "/" + regulation + "/citations", Map.of("limit", 1)));
      cursors.put("search", nextCursor(SEARCH, Map.of("q", n, "limit", 1)));
      cursors.values().forEach(c -> assertThat(c).isNotNull());
    }

    private static long personId(JsonPath doc, String name) {
      int i = doc.getList("persons.name").indexOf(name);
      assertThat(i).as("%s among the persons of the document", name).isNotNegative();
      return doc.getLong("persons[" + i + "].id");
    }

    private static long issuer(long regulation, String name) {
      JsonPath r = get(REGULATIONS + "/" + regulation, Map.of()).jsonPath();
      assertThat(r.getString("issuer.name")).isEqualTo(name);
      return r.getLong("issuer.id");
    }
  }

  private static Fixture fixture;

  static synchronized Fixture fixture() {
    if (fixture == null) {
      fixture = new Fixture();
    }
    return fixture;
  }

  /** A review meeting in Quảng Ninh citing Chỉ thị {n}-CT/TW (2013) and Quy định {n}-QĐ/TW. */
  static String quangNinhReview(String n, String chair) {
    LocalDate day = LocalDate.of(2023, 3, 14);
    return MeetingArticles.article(
        "Quảng Ninh: Tổng kết 10 năm thực hiện Chỉ thị số " + n + "-CT/TW",
        day,
        "Chiều 14/3, Ban Thường vụ Tỉnh ủy Quảng Ninh tổ chức hội nghị tổng kết 10 năm thực hiện"
            + " Chỉ thị số "
            + n
            + "-CT/TW ngày 5/4/2013 của Ban Bí thư về công tác thử nghiệm và Quy định số "
            + n
            + "-QĐ/TW ngày 8/2/2022 của Bộ Chính trị. Đồng chí "
            + chair
            + ", Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị.",
        "Khoảng 400 đại biểu dự hội nghị tại hội trường Tỉnh ủy.");
  }

  // ---------------------------------------------------------------------------------- requests

  static RequestSpecification request(Map<String, ?> query) {
    RequestSpecification spec = given();
    query.forEach(
        (name, value) -> {
          if (value instanceof Collection<?> values) {
            spec.queryParam(name, values);
          } else {
            spec.queryParam(name, value);
          }
        });
    return spec;
  }

  static Response get(String path, Map<String, ?> query) {
    return request(query).get(path);
  }

  static String nextCursor(String path, Map<String, ?> query) {
    Response r = get(path, query);
    r.then().statusCode(200);
    return r.jsonPath().getString("nextCursor");
  }

  /** A query map without nulls, in order (Map.of does not keep order). */
  static Map<String, Object> q(Object... pairs) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put((String) pairs[i], pairs[i + 1]);
    }
    return out;
  }

  // ------------------------------------------------------------------------------ valid values

  /**
   * A read with valid parameters.
   *
   * @param path the path, a function of the fixture
   * @param query the query parameters
   * @param accept the Accept header, {@code null} for the default (JSON)
   * @param check what the 200 response must hold
   */
  record Read(
      Function<Fixture, String> path,
      Function<Fixture, Map<String, ?>> query,
      String accept,
      BiConsumer<Fixture, Response> check) {}

  static Arguments ok(
      String name,
      String path,
      Function<Fixture, Map<String, ?>> query,
      BiConsumer<Fixture, Response> check) {
    return Arguments.of(name, new Read(f -> path, query, null, check));
  }

  static Arguments okAt(
      String name,
      Function<Fixture, String> path,
      Function<Fixture, Map<String, ?>> query,
      BiConsumer<Fixture, Response> check) {
    return Arguments.of(name, new Read(path, query, null, check));
  }

  /** "/api/v1/regulations/{id}/citations" → "/api/v1/exports/regulations/{id}/citations.csv". */
  static String exportPath(String listPath) {
    return listPath.replaceFirst("^/api/v1/", "/api/v1/exports/") + ".csv";
  }

  static Arguments csv(
      String name,
      Function<Fixture, String> path,
      Function<Fixture, Map<String, ?>> query,
      BiConsumer<Fixture, Response> check) {
    return Arguments.of(
        name, new Read(path.andThen(RestContractTest::exportPath), query, "text/csv", check));
  }

  /** The item ids are exactly these, in this order. */
  static BiConsumer<Fixture, Response> ids(Function<Fixture, List<Long>> expected) {
    return (f, r) ->
        assertThat(r.jsonPath().getList("items.id", Long.class)).isEqualTo(expected.apply(f));
  }

  /** The item ids are exactly these, in any order (a relevance order). */
  static BiConsumer<Fixture, Response> idsInAnyOrder(Function<Fixture, List<Long>> expected) {
    return (f, r) ->
        assertThat(r.jsonPath().getList("items.id", Long.class))
            .containsExactlyInAnyOrderElementsOf(expected.apply(f));
  }

  /** The item ids include {@code in} and none of {@code out}. */
  static BiConsumer<Fixture, Response> includes(
      Function<Fixture, List<Long>> in, Function<Fixture, List<Long>> out) {
    return (f, r) -> {
      List<Long> ids = r.jsonPath().getList("items.id", Long.class);
      if (!in.apply(f).isEmpty()) {
        assertThat(ids).containsAll(in.apply(f));
      }
      if (!out.apply(f).isEmpty()) {
        assertThat(ids).doesNotContainAnyElementsOf(out.apply(f));
      }
    };
  }

  /** Every item's {@code field} equals {@code value}, and there is at least one item. */
  static BiConsumer<Fixture, Response> every(String field, Object value) {
    return (f, r) -> {
      List<Object> values = r.jsonPath().getList("items." + field);
      assertThat(values).isNotEmpty().allSatisfy(v -> assertThat(v).isEqualTo(value));
    };
  }

  /** One item, a next cursor and a Link rel="next" header carrying it. */
  static BiConsumer<Fixture, Response> firstPageOfOne(Function<Fixture, List<Long>> expected) {
    return ids(expected)
        .andThen(
            (f, r) -> {
              String next = r.jsonPath().getString("nextCursor");
              assertThat(next).isNotBlank();
              assertThat(r.getHeader("Link"))
                  .contains("rel=\"next\"")
                  .contains("cursor=" + next)
                  .contains("limit=1");
            });
  }

  /** The last page: no next cursor and no Link header. */
  static BiConsumer<Fixture, Response> lastPage(Function<Fixture, List<Long>> expected) {
    return ids(expected)
        .andThen(
            (f, r) -> {
              assertThat(r.jsonPath().getString("nextCursor")).isNull();
              assertThat(r.getHeader("Link")).isNull();
            });
  }

  /** CSV rows (after the header): their first column, the ids. */
  static BiConsumer<Fixture, Response> csvIds(Function<Fixture, List<Long>> expected) {
    return (f, r) -> {
      assertThat(r.getContentType()).startsWith("text/csv");
      byte[] body = r.asByteArray();
      List<List<String>> rows =
          Csv.parse(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
      assertThat(rows.getFirst().getFirst()).isEqualTo("id");
      assertThat(rows.subList(1, rows.size()).stream().map(row -> Long.valueOf(row.getFirst())))
          .containsExactlyElementsOf(expected.apply(f));
    };
  }

  /** The next cursor of the first page of {@code path} with {@code query} and limit=1. */
  static String secondPage(String path, Map<String, ?> query) {
    Map<String, Object> first = new LinkedHashMap<>(query);
    first.put("limit", 1);
    String next = nextCursor(path, first);
    assertThat(next).isNotNull();
    return next;
  }

  static Map<String, Object> page2(String path, Map<String, Object> query) {
    Map<String, Object> out = new LinkedHashMap<>(query);
    out.put("limit", 1);
    out.put("cursor", secondPage(path, query));
    return out;
  }

  static Stream<Arguments> validValues() {
    return Stream.of(
        // ----------------------------------------------------------------- GET /documents
        ok(
            "documents regulation=<id>",
            DOCUMENTS,
            f -> q("regulation", f.regulation),
            ids(f -> List.of(f.docB, f.docA))),
        ok(
            "documents regulation=<symbol>",
            DOCUMENTS,
            f -> q("regulation", f.symbol),
            ids(f -> List.of(f.docB, f.docA))),
        ok(
            "documents regulation=<symbol without the Đ stroke>",
            DOCUMENTS,
            f -> q("regulation", f.n + "-QD/TW"),
            ids(f -> List.of(f.docB, f.docA))),
        ok(
            "documents regulation=<the directive>",
            DOCUMENTS,
            f -> q("regulation", f.directiveSymbol),
            ids(f -> List.of(f.docB))),
        ok(
            "documents from",
            DOCUMENTS,
            f -> q("regulation", f.regulation, "from", "2023-01-01"),
            ids(f -> List.of(f.docB))),
        ok(
            "documents to",
            DOCUMENTS,
            f -> q("regulation", f.regulation, "to", "2022-12-31"),
            ids(f -> List.of(f.docA))),
        ok(
            "documents from and to, inclusive",
            DOCUMENTS,
            f -> q("regulation", f.regulation, "from", "2022-03-16", "to", "2022-03-16"),
            ids(f -> List.of(f.docA))),
        ok(
            "documents q",
            DOCUMENTS,
            f -> q("regulation", f.regulation, "q", "quang ninh"),
            ids(f -> List.of(f.docB))),
        ok(
            "documents q with from",
            DOCUMENTS,
            f -> q("q", f.n, "from", "2023-01-01"),
            ids(f -> List.of(f.docB))),
        ok(
            "documents limit",
            DOCUMENTS,
            f -> q("regulation", f.regulation, "limit", 1),
            firstPageOfOne(f -> List.of(f.docB))),
        ok(
            "documents cursor",
            DOCUMENTS,
            f -> page2(DOCUMENTS, q("regulation", f.regulation)),
            lastPage(f -> List.of(f.docA))),
        ok(
            "documents cursor with q",
            DOCUMENTS,
            f -> page2(DOCUMENTS, q("q", f.n)),
            (f, r) ->
                assertThat(r.jsonPath().getList("items.id", Long.class))
                    .hasSize(1)
                    .isSubsetOf(f.docA, f.docB)),
        // ------------------------------------------------------------------ GET /meetings
        ok(
            "meetings regulation=<id>",
            MEETINGS,
            f -> q("regulation", f.regulation),
            ids(f -> List.of(f.meetingB, f.meetingA))),
        ok(
            "meetings regulation=<symbol>",
            MEETINGS,
            f -> q("regulation", f.symbol),
            ids(f -> List.of(f.meetingB, f.meetingA))),
        ok(
            "meetings regulation=<the directive>",
            MEETINGS,
            f -> q("regulation", f.directive),
            ids(f -> List.of(f.meetingB))),
        ok(
            "meetings province (at the meeting's date)",
            MEETINGS,
            f -> q("regulation", f.regulation, "province", "Sóc Trăng"),
            ids(f -> List.of(f.meetingA))),
        ok(
            "meetings province (today's unit)",
            MEETINGS,
            f -> q("regulation", f.regulation, "province", "Cần Thơ"),
            ids(f -> List.of(f.meetingA))),
        ok(
            "meetings province (code)",
            MEETINGS,
            f -> q("regulation", f.regulation, "province", "quang-ninh"),
            ids(f -> List.of(f.meetingB))),
        ok(
            "meetings province (no meeting there)",
            MEETINGS,
            f -> q("regulation", f.regulation, "province", "Hà Nội"),
            ids(f -> List.of())),
        ok(
            "meetings kind",
            MEETINGS,
            f -> q("regulation", f.regulation, "kind", "DISSEMINATION"),
            ids(f -> List.of(f.meetingA))),
        ok(
            "meetings kind (lower case)",
            MEETINGS,
            f -> q("regulation", f.regulation, "kind", "review"),
            ids(f -> List.of(f.meetingB))),
        ok(
            "meetings kind (none of that kind)",
            MEETINGS,
            f -> q("regulation", f.regulation, "kind", "INSPECTION"),
            ids(f -> List.of())),
        ok(
            "meetings from",
            MEETINGS,
            f -> q("regulation", f.regulation, "from", "2023-01-01"),
            ids(f -> List.of(f.meetingB))),
        ok(
            "meetings to",
            MEETINGS,
            f -> q("regulation", f.regulation, "to", "2022-12-31"),
            ids(f -> List.of(f.meetingA))),
        ok(
            "meetings organizer=<id>",
            MEETINGS,
            f -> q("regulation", f.regulation, "organizer", f.organizerA),
            ids(f -> List.of(f.meetingA))),
        ok(
            "meetings organizer=<name without diacritics>",
            MEETINGS,
            f -> q("regulation", f.regulation, "organizer", "ban thuong vu tinh uy quang ninh"),
            ids(f -> List.of(f.meetingB))),
        ok(
            "meetings person=<id>",
            MEETINGS,
            f -> q("regulation", f.regulation, "person", f.chairA),
            ids(f -> List.of(f.meetingA))),
        ok(
            "meetings person=<name>",
            MEETINGS,
            f -> q("regulation", f.regulation, "person", f.chairBName),
            ids(f -> List.of(f.meetingB))),
        ok(
            "meetings parameter names ignore case",
            MEETINGS,
            f -> q("REGULATION", f.regulation, "Kind", "review"),
            ids(f -> List.of(f.meetingB))),
        ok(
            "meetings repeated parameter: the first value counts",
            MEETINGS,
            f -> q("regulation", f.regulation, "kind", List.of("DISSEMINATION", "REVIEW")),
            ids(f -> List.of(f.meetingA))),
        ok(
            "meetings blank values are absent parameters",
            MEETINGS,
            f ->
                q(
                    "regulation",
                    f.regulation,
                    "kind",
                    "",
                    "province",
                    " ",
                    "limit",
                    "",
                    "cursor",
                    ""),
            ids(f -> List.of(f.meetingB, f.meetingA))),
        ok(
            "meetings q",
            MEETINGS,
            f -> q("regulation", f.regulation, "q", "soc trang"),
            ids(f -> List.of(f.meetingA))),
        ok(
            "meetings limit",
            MEETINGS,
            f -> q("regulation", f.regulation, "limit", 1),
            firstPageOfOne(f -> List.of(f.meetingB))),
        ok(
            "meetings cursor",
            MEETINGS,
            f -> page2(MEETINGS, q("regulation", f.regulation)),
            lastPage(f -> List.of(f.meetingA))),
        csv(
            "meetings as CSV, filtered",
            f -> MEETINGS,
            f -> q("regulation", f.regulation, "kind", "REVIEW"),
            csvIds(f -> List.of(f.meetingB))),
        // --------------------------------------------------------------- GET /regulations
        ok(
            "regulations q",
            REGULATIONS,
            f -> q("q", f.n),
            idsInAnyOrder(f -> List.of(f.regulation, f.directive))),
        ok(
            "regulations kind",
            REGULATIONS,
            f -> q("q", f.n, "kind", "REGULATION"),
            ids(f -> List.of(f.regulation))),
        ok(
            "regulations kind (lower case)",
            REGULATIONS,
            f -> q("q", f.n, "kind", "directive"),
            ids(f -> List.of(f.directive))),
        ok(
            "regulations kind alone",
            REGULATIONS,
            f -> q("kind", "DIRECTIVE", "limit", 100),
            every("kind", "DIRECTIVE")),
        ok(
            "regulations issuer=<id>",
            REGULATIONS,
            f -> q("q", f.n, "issuer", f.politburo),
            ids(f -> List.of(f.regulation))),
        ok(
            "regulations issuer=<name>",
            REGULATIONS,
            f -> q("q", f.n, "issuer", "Ban Bí thư"),
            ids(f -> List.of(f.directive))),
        ok(
            "regulations issuer=<name without diacritics>",
            REGULATIONS,
            f -> q("q", f.n, "issuer", "bo chinh tri"),
            ids(f -> List.of(f.regulation))),
        ok(
            "regulations year",
            REGULATIONS,
            f -> q("q", f.n, "year", 2013),
            ids(f -> List.of(f.directive))),
        ok(
            "regulations year without q",
            REGULATIONS,
            f -> q("year", 2013, "issuer", f.secretariat, "limit", 100),
            (f, r) -> {
              assertThat(r.jsonPath().getList("items.id", Long.class)).contains(f.directive);
              assertThat(r.jsonPath().getList("items.issuedOn", String.class))
                  .allSatisfy(d -> assertThat(d).startsWith("2013-"));
            }),
        ok(
            "regulations limit",
            REGULATIONS,
            f -> q("q", f.n, "limit", 1),
            (f, r) -> {
              assertThat(r.jsonPath().getList("items.id", Long.class))
                  .hasSize(1)
                  .isSubsetOf(f.regulation, f.directive);
              assertThat(r.getHeader("Link")).contains("rel=\"next\"");
            }),
        ok(
            "regulations cursor",
            REGULATIONS,
            f -> page2(REGULATIONS, q("q", f.n)),
            (f, r) -> {
              Long first =
                  get(REGULATIONS, q("q", f.n, "limit", 1)).jsonPath().getLong("items[0].id");
              assertThat(r.jsonPath().getList("items.id", Long.class))
                  .hasSize(1)
                  .isSubsetOf(f.regulation, f.directive)
                  .doesNotContain(first);
            }),
        csv(
            "regulations as CSV, filtered",
            f -> REGULATIONS,
            f -> q("q", f.n, "year", 2022),
            csvIds(f -> List.of(f.regulation))),
        // ----------------------------------------------------- GET /regulations/{id}/…
        okAt(
            "regulation citations",
            f -> REGULATIONS + "/" + f.regulation + "/citations",
            f -> q(),
            (f, r) ->
                assertThat(Set.copyOf(r.jsonPath().getList("items.document.id", Long.class)))
                    .containsExactlyInAnyOrder(f.docA, f.docB)),
        okAt(
            "regulation citations limit and cursor",
            f -> REGULATIONS + "/" + f.regulation + "/citations",
            f -> page2(REGULATIONS + "/" + f.regulation + "/citations", q()),
            (f, r) -> {
              long first =
                  get(REGULATIONS + "/" + f.regulation + "/citations", q("limit", 1))
                      .jsonPath()
                      .getLong("items[0].id");
              assertThat(r.jsonPath().getList("items.id", Long.class))
                  .hasSize(1)
                  .doesNotContain(first);
            }),
        csv(
            "regulation citations as CSV",
            f -> REGULATIONS + "/" + f.directive + "/citations",
            f -> q(),
            (f, r) -> {
              byte[] body = r.asByteArray();
              List<List<String>> rows =
                  Csv.parse(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
              assertThat(rows.getFirst()).contains("documentId");
              int col = rows.getFirst().indexOf("documentId");
              assertThat(rows.subList(1, rows.size()))
                  .isNotEmpty()
                  .allSatisfy(row -> assertThat(row.get(col)).isEqualTo(String.valueOf(f.docB)));
            }),
        okAt(
            "regulation meetings",
            f -> REGULATIONS + "/" + f.regulation + "/meetings",
            f -> q(),
            lastPage(f -> List.of(f.meetingB, f.meetingA))),
        okAt(
            "regulation meetings limit",
            f -> REGULATIONS + "/" + f.regulation + "/meetings",
            f -> q("limit", 1),
            firstPageOfOne(f -> List.of(f.meetingB))),
        okAt(
            "regulation meetings cursor",
            f -> REGULATIONS + "/" + f.regulation + "/meetings",
            f -> page2(REGULATIONS + "/" + f.regulation + "/meetings", q()),
            lastPage(f -> List.of(f.meetingA))),
        csv(
            "regulation meetings as CSV",
            f -> REGULATIONS + "/" + f.directive + "/meetings",
            f -> q(),
            csvIds(f -> List.of(f.meetingB))),
        // ----------------------------------------------------- GET /regulations/lookup
        ok(
            "regulation lookup symbol",
            REGULATIONS + "/lookup",
            f -> q("symbol", f.symbol),
            (f, r) -> assertThat(r.jsonPath().getLong("id")).isEqualTo(f.regulation)),
        ok(
            "regulation lookup symbol without the Đ stroke, spaced",
            REGULATIONS + "/lookup",
            f -> q("symbol", f.n + " QD TW"),
            (f, r) -> assertThat(r.jsonPath().getLong("id")).isEqualTo(f.regulation)),
        ok(
            "regulation lookup year",
            REGULATIONS + "/lookup",
            f -> q("symbol", f.directiveSymbol, "year", 2013),
            (f, r) -> assertThat(r.jsonPath().getLong("id")).isEqualTo(f.directive)),
        // ------------------------------------------------------------------- GET /persons
        ok(
            "persons q",
            PERSONS,
            f -> q("q", f.chairAName),
            includes(f -> List.of(f.chairA), f -> List.of(f.chairB))),
        ok(
            "persons q without diacritics",
            PERSONS,
            f -> q("q", io.regtrack.shared.text.TextKeys.fold(f.chairBName)),
            (f, r) -> assertThat(r.jsonPath().getLong("items[0].id")).isEqualTo(f.chairB)),
        ok(
            "persons limit",
            PERSONS,
            f -> q("limit", 1),
            (f, r) -> {
              assertThat(r.jsonPath().getList("items")).hasSize(1);
              assertThat(r.getHeader("Link")).contains("rel=\"next\"");
            }),
        ok(
            "persons cursor",
            PERSONS,
            f -> page2(PERSONS, q()),
            (f, r) -> {
              long first = get(PERSONS, q("limit", 1)).jsonPath().getLong("items[0].id");
              assertThat(r.jsonPath().getList("items.id", Long.class))
                  .hasSize(1)
                  .doesNotContain(first);
            }),
        // ------------------------------------------------------------- GET /organizations
        ok(
            "organizations q",
            ORGANIZATIONS,
            f -> q("q", "ban thuong vu tinh uy quang ninh"),
            includes(f -> List.of(f.organizerB), f -> List.of(f.organizerA))),
        ok(
            "organizations kind",
            ORGANIZATIONS,
            f -> q("q", "tinh uy quang ninh", "kind", "PARTY_LOCAL"),
            includes(f -> List.of(f.organizerB), f -> List.of())
                .andThen(every("kind", "PARTY_LOCAL"))),
        ok(
            "organizations kind (another kind)",
            ORGANIZATIONS,
            f -> q("q", "tinh uy quang ninh", "kind", "STATE_CENTRAL"),
            includes(f -> List.of(), f -> List.of(f.organizerB))),
        ok(
            "organizations province",
            ORGANIZATIONS,
            f -> q("q", "ban thuong vu tinh uy", "province", "Quảng Ninh", "limit", 100),
            includes(f -> List.of(f.organizerB), f -> List.of(f.organizerA))
                .andThen(every("province", "Quảng Ninh"))),
        ok(
            "organizations province (today's unit covers the merged ones)",
            ORGANIZATIONS,
            f -> q("q", "ban thuong vu tinh uy", "province", "can-tho", "limit", 100),
            includes(f -> List.of(f.organizerA), f -> List.of(f.organizerB))),
        ok(
            "organizations limit",
            ORGANIZATIONS,
            f -> q("limit", 1),
            (f, r) -> {
              assertThat(r.jsonPath().getList("items")).hasSize(1);
              assertThat(r.getHeader("Link")).contains("rel=\"next\"");
            }),
        ok(
            "organizations cursor",
            ORGANIZATIONS,
            f -> page2(ORGANIZATIONS, q()),
            (f, r) -> {
              long first = get(ORGANIZATIONS, q("limit", 1)).jsonPath().getLong("items[0].id");
              assertThat(r.jsonPath().getList("items.id", Long.class))
                  .hasSize(1)
                  .doesNotContain(first);
            }),
        // ----------------------------------------------------------------- GET /provinces
        ok(
            "provinces",
            PROVINCES,
            f -> q(),
            (f, r) -> {
              JsonPath p = r.jsonPath();
              assertThat(p.getList("")).hasSize(64);
              int socTrang = p.getList("code").indexOf("soc-trang");
              assertThat(p.getString("[" + socTrang + "].today")).isEqualTo("Cần Thơ");
            }),
        // -------------------------------------------------------------------- GET /search
        ok(
            "search q",
            SEARCH,
            f -> q("q", f.n, "limit", 100),
            (f, r) -> {
              assertThat(hits(r, "REGULATION")).contains(f.regulation, f.directive);
              assertThat(hits(r, "DOCUMENT")).contains(f.docA, f.docB);
            }),
        ok(
            "search types",
            SEARCH,
            f -> q("q", f.n, "types", "REGULATION"),
            (f, r) -> {
              assertThat(r.jsonPath().getList("items.type", String.class))
                  .containsOnly("REGULATION");
              assertThat(hits(r, "REGULATION"))
                  .containsExactlyInAnyOrder(f.regulation, f.directive);
            }),
        ok(
            "search types (plural, lower case)",
            SEARCH,
            f -> q("q", f.n, "types", "regulations"),
            (f, r) ->
                assertThat(hits(r, "REGULATION"))
                    .containsExactlyInAnyOrder(f.regulation, f.directive)),
        ok(
            "search types (comma-separated)",
            SEARCH,
            f -> q("q", f.n, "types", "DOCUMENT,MEETING", "limit", 100),
            (f, r) -> {
              assertThat(r.jsonPath().getList("items.type", String.class))
                  .isNotEmpty()
                  .isSubsetOf("DOCUMENT", "MEETING");
              assertThat(hits(r, "DOCUMENT")).contains(f.docA, f.docB);
            }),
        ok(
            "search types (repeated)",
            SEARCH,
            f -> q("q", f.n, "types", List.of("PERSON", "MEETING"), "limit", 100),
            (f, r) ->
                assertThat(r.jsonPath().getList("items.type", String.class))
                    .isNotEmpty()
                    .isSubsetOf("PERSON", "MEETING")),
        ok(
            "search limit",
            SEARCH,
            f -> q("q", f.n, "limit", 1),
            (f, r) -> {
              assertThat(r.jsonPath().getList("items")).hasSize(1);
              assertThat(r.getHeader("Link")).contains("rel=\"next\"");
            }),
        ok(
            "search cursor",
            SEARCH,
            f -> page2(SEARCH, q("q", f.n)),
            (f, r) -> {
              JsonPath first = get(SEARCH, q("q", f.n, "limit", 1)).jsonPath();
              assertThat(r.jsonPath().getList("items")).hasSize(1);
              assertThat(
                      r.jsonPath().getString("items[0].type") + r.jsonPath().getLong("items[0].id"))
                  .isNotEqualTo(first.getString("items[0].type") + first.getLong("items[0].id"));
            }),
        // ------------------------------------------------------------------- GET /changes
        ok(
            "changes since=<date-time>",
            CHANGES,
            f -> q("since", f.before.toString(), "limit", 1000),
            (f, r) -> assertThat(changes(r)).contains("DOCUMENT " + f.docA + " CREATED")),
        ok(
            "changes since=<date-time with an offset>",
            CHANGES,
            f -> q("since", f.before.atOffset(ZoneOffset.ofHours(7)).toString(), "limit", 1000),
            (f, r) -> assertThat(changes(r)).contains("DOCUMENT " + f.docB + " CREATED")),
        ok(
            "changes limit",
            CHANGES,
            f -> q("since", f.before.toString(), "limit", 1),
            (f, r) -> {
              assertThat(r.jsonPath().getList("items")).hasSize(1);
              assertThat(r.jsonPath().getBoolean("hasMore")).isTrue();
              assertThat(r.getHeader("Link"))
                  .contains("since=" + r.jsonPath().getString("nextToken"));
            }),
        ok(
            "changes since=<token>",
            CHANGES,
            f -> {
              String token =
                  get(CHANGES, q("since", f.before.toString(), "limit", 1))
                      .jsonPath()
                      .getString("nextToken");
              return q("since", token, "limit", 999);
            },
            (f, r) -> {
              // Reading on from the token of the first change is the feed from the second one
              // (an object appears again for each later change, so compare whole items in order).
              List<Object> all =
                  get(CHANGES, q("since", f.before.toString(), "limit", 1000))
                      .jsonPath()
                      .getList("items");
              List<Object> after = r.jsonPath().getList("items");
              int n = Math.min(after.size(), all.size() - 1);
              assertThat(n).isPositive();
              assertThat(after.subList(0, n)).isEqualTo(all.subList(1, 1 + n));
            }),
        ok(
            "changes since=<the future>",
            CHANGES,
            f -> q("since", "2100-12-31T00:00:00Z"),
            (f, r) -> {
              assertThat(r.jsonPath().getList("items")).isEmpty();
              assertThat(r.jsonPath().getBoolean("hasMore")).isFalse();
              assertThat(r.jsonPath().getString("nextToken")).isNotBlank();
            }));
  }

  static List<Long> hits(Response r, String type) {
    JsonPath p = r.jsonPath();
    List<String> types = p.getList("items.type", String.class);
    List<Long> ids = p.getList("items.id", Long.class);
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < types.size(); i++) {
      if (types.get(i).equals(type)) {
        out.add(ids.get(i));
      }
    }
    return out;
  }

  static List<String> changes(Response r) {
    JsonPath p = r.jsonPath();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < p.getList("items").size(); i++) {
      out.add(
          p.getString("items[" + i + "].type")
              + " "
              + p.getLong("items[" + i + "].id")
              + " "
              + p.getString("items[" + i + "].action"));
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validValues")
  void validValuesWork(String name, Read read) {
    Fixture f = fixture();
    RequestSpecification spec = request(read.query().apply(f));
    if (read.accept() != null) {
      spec.accept(read.accept());
    }
    Response r = spec.get(read.path().apply(f));
    r.then().statusCode(200);
    if (read.accept() == null) {
      assertThat(r.getContentType()).startsWith("application/json");
    }
    read.check().accept(f, r);
  }

  // -------------------------------------------------------------------- malformed values

  /** How a parameter is malformed: the values that must be refused. */
  enum Kind {
    LIMIT("0", "-1", "101", "abc", "1.5", "1e2", "99999999999999999999"),
    CSV_LIMIT("0", "-1", "100001", "abc"),
    CHANGES_LIMIT("0", "-1", "1001", "abc"),
    CURSOR("bm90LWEtY3Vyc29y", "!!!", "%%%", "eyJpZCI6MX0", "null"),
    DATE(
        "2022-13-45",
        "8/2/2022",
        "2022-02-30",
        "2022-2-8",
        "20220208",
        "yesterday",
        "2022-02-08T00:00:00"),
    DATE_TIME("2022-13-45", "20/09/2022", "8/2/2022 10:00", "tomorrow"),
    REFERENCE("-1", "0", "+0", "99999999999999999999", "-99999999999999999999"),
    MEETING_KIND("FOO", "MEETUP", "DISSEMINATION,REVIEW", "1"),
    REGULATION_KIND("FOO", "QUY_DINH", "REGULATION,DIRECTIVE"),
    ORGANIZATION_KIND("FOO", "PARTY"),
    PROVINCE("Atlantis", "Sóc"),
    YEAR("abc", "1899", "2201", "22", "-2022", "2022.5", "99999999999"),
    SYMBOL(" ", "//", "-/-"),
    SINCE(
        "abc",
        "2022-13-45T00:00:00Z",
        "2022-01-01",
        "2022-01-01T00:00:00",
        "bm90LWEtY3Vyc29y",
        "eyJpZCI6MX0"),
    TYPES("FOO", "DOCUMENT,FOO", "documentz", "S"),
    SEARCH_Q(" ", "x".repeat(257)),
    LIST_Q("x".repeat(257)),
    FLAG("maybe", "1", "yes");

    final List<String> values;

    Kind(String... values) {
      this.values = List.of(values);
    }
  }

  /**
   * An endpoint and its parameters.
   *
   * @param method GET, POST or DELETE
   * @param path the path; {@code {id}} is replaced by a valid id of the fixture (for parameter
   *     rows) or by malformed ids (for id rows)
   * @param key the API key it needs, or {@code null}
   * @param accept the Accept header, or {@code null}
   * @param params the parameters and how they can be malformed
   * @param foreignCursor the list whose cursor is foreign to this endpoint
   * @param validId a valid id for {@code {id}}
   */
  record Endpoint(
      String method,
      String path,
      String key,
      String accept,
      Map<String, Kind> params,
      String foreignCursor,
      Function<Fixture, Long> validId) {

    /** The CSV export of this list: GET /api/v1/exports/….csv, the same parameters. */
    Endpoint export() {
      Map<String, Kind> p = new LinkedHashMap<>(params);
      p.replaceAll((name, kind) -> kind == Kind.LIMIT ? Kind.CSV_LIMIT : kind);
      return new Endpoint(method, exportPath(path), key, "text/csv", p, foreignCursor, validId);
    }

    String label() {
      return method + " " + path + (accept == null ? "" : " (" + accept + ")");
    }

    /** Sends the request with these query parameters, {@code {id}} being {@code id}. */
    Response send(Map<String, ?> query, String id) {
      RequestSpecification spec = request(query);
      if (key != null) {
        spec.header("Authorization", key);
      }
      if (accept != null) {
        spec.accept(accept);
      }
      if (method.equals("POST") && path.equals(DOCUMENTS)) {
        spec.contentType("text/plain; charset=utf-8").body(Articles.unique());
      }
      String p = path.replace("{id}", id);
      return switch (method) {
        case "GET" -> spec.get(p);
        case "POST" -> spec.post(p);
        case "DELETE" -> spec.delete(p);
        default -> throw new IllegalArgumentException(method);
      };
    }
  }

  static Map<String, Kind> params(Object... pairs) {
    Map<String, Kind> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put((String) pairs[i], (Kind) pairs[i + 1]);
    }
    return out;
  }

  static Endpoint endpoint(String path, String foreignCursor, Object... params) {
    return new Endpoint("GET", path, null, null, params(params), foreignCursor, null);
  }

  static Endpoint endpointById(String path, Function<Fixture, Long> validId, Object... params) {
    return new Endpoint("GET", path, null, null, params(params), "documents", validId);
  }

  /** Every endpoint of the REST API with its query parameters. */
  static List<Endpoint> endpoints() {
    Endpoint meetings =
        endpoint(
            MEETINGS,
            "documents",
            "q",
            Kind.LIST_Q,
            "province",
            Kind.PROVINCE,
            "kind",
            Kind.MEETING_KIND,
            "from",
            Kind.DATE,
            "to",
            Kind.DATE,
            "regulation",
            Kind.REFERENCE,
            "organizer",
            Kind.REFERENCE,
            "person",
            Kind.REFERENCE,
            "limit",
            Kind.LIMIT,
            "cursor",
            Kind.CURSOR);
    Endpoint regulations =
        endpoint(
            REGULATIONS,
            "meetings",
            "kind",
            Kind.REGULATION_KIND,
            "issuer",
            Kind.REFERENCE,
            "year",
            Kind.YEAR,
            "q",
            Kind.LIST_Q,
            "limit",
            Kind.LIMIT,
            "cursor",
            Kind.CURSOR);
    Endpoint citations =
        endpointById(
            REGULATIONS + "/{id}/citations",
            f -> f.regulation,
            "limit",
            Kind.LIMIT,
            "cursor",
            Kind.CURSOR);
    Endpoint regulationMeetings =
        endpointById(
            REGULATIONS + "/{id}/meetings",
            f -> f.regulation,
            "limit",
            Kind.LIMIT,
            "cursor",
            Kind.CURSOR);
    return List.of(
        new Endpoint(
            "POST",
            DOCUMENTS,
            TestKeys.EDITOR,
            null,
            params("publishedAt", Kind.DATE_TIME),
            null,
            null),
        endpoint(
            DOCUMENTS,
            "meetings",
            "q",
            Kind.LIST_Q,
            "from",
            Kind.DATE,
            "to",
            Kind.DATE,
            "regulation",
            Kind.REFERENCE,
            "limit",
            Kind.LIMIT,
            "cursor",
            Kind.CURSOR),
        endpointById(DOCUMENTS + "/{id}", f -> f.docA),
        new Endpoint("DELETE", DOCUMENTS + "/{id}", TestKeys.EDITOR, null, params(), null, null),
        meetings,
        meetings.export(),
        endpointById(MEETINGS + "/{id}", f -> f.meetingA),
        regulations,
        regulations.export(),
        endpointById(REGULATIONS + "/{id}", f -> f.regulation),
        citations,
        citations.export(),
        regulationMeetings,
        regulationMeetings.export(),
        endpoint(REGULATIONS + "/lookup", null, "symbol", Kind.SYMBOL, "year", Kind.YEAR),
        endpoint(
            PERSONS, "organizations", "q", Kind.LIST_Q, "limit", Kind.LIMIT, "cursor", Kind.CURSOR),
        endpointById(PERSONS + "/{id}", f -> f.chairA),
        endpoint(
            ORGANIZATIONS,
            "persons",
            "q",
            Kind.LIST_Q,
            "kind",
            Kind.ORGANIZATION_KIND,
            "province",
            Kind.PROVINCE,
            "limit",
            Kind.LIMIT,
            "cursor",
            Kind.CURSOR),
        endpointById(ORGANIZATIONS + "/{id}", f -> f.organizerA),
        endpoint(PROVINCES, null),
        endpoint(CHANGES, "meetings", "since", Kind.SINCE, "limit", Kind.CHANGES_LIMIT),
        endpoint(
            SEARCH,
            "documents",
            "q",
            Kind.SEARCH_Q,
            "types",
            Kind.TYPES,
            "limit",
            Kind.LIMIT,
            "cursor",
            Kind.CURSOR),
        new Endpoint(
            "POST",
            "/api/v1/admin/reextract",
            TestKeys.ADMIN,
            null,
            params("all", Kind.FLAG),
            null,
            null),
        new Endpoint("GET", "/api/v1/admin/jobs/{id}", TestKeys.ADMIN, null, params(), null, null));
  }

  /** The parameters the other parameters need for a request to reach them (search needs q). */
  static Map<String, Object> baseQuery(Endpoint e, String parameter) {
    Map<String, Object> query = new LinkedHashMap<>();
    if (e.path().equals(SEARCH) && !parameter.equals("q")) {
      query.put("q", "quy định");
    }
    if (e.path().endsWith("/lookup") && !parameter.equals("symbol")) {
      query.put("symbol", "58-QĐ/TW");
    }
    return query;
  }

  /**
   * A malformed request.
   *
   * @param endpoint the endpoint
   * @param parameter the parameter at fault
   * @param value the malformed value (a function of the fixture for foreign cursors), {@code null}
   *     to leave the parameter out
   * @param id the path id ({@code {id}}), {@code null} for a valid one
   * @param extra other parameters the request carries, {@code null} for none
   */
  record Bad(
      Endpoint endpoint,
      String parameter,
      Function<Fixture, String> value,
      String id,
      Function<Fixture, Map<String, Object>> extra) {
    Bad(Endpoint endpoint, String parameter, Function<Fixture, String> value, String id) {
      this(endpoint, parameter, value, id, null);
    }
  }

  static Stream<Arguments> malformedValues() {
    List<Arguments> rows = new ArrayList<>();
    for (Endpoint e : endpoints()) {
      for (Map.Entry<String, Kind> p : e.params().entrySet()) {
        for (String value : p.getValue().values) {
          rows.add(bad(e, p.getKey(), value, f -> value));
        }
        // A NUL character in any parameter.
        rows.add(bad(e, p.getKey(), "a%00b", f -> "a\u0000b"));
        if (p.getValue() == Kind.CURSOR || p.getValue() == Kind.SINCE) {
          String foreign = e.foreignCursor();
          rows.add(bad(e, p.getKey(), "<a " + foreign + " cursor>", f -> f.cursors.get(foreign)));
        }
      }
      if (e.path().contains("{id}")) {
        for (String id : List.of("abc", "-1", "0", "1.5", "1e3", "0x10", "99999999999999999999")) {
          rows.add(Arguments.of(e.label() + " id=" + id, new Bad(e, "id", null, id)));
        }
      }
    }
    Endpoint search = endpoints().stream().filter(e -> e.path().equals(SEARCH)).findFirst().get();
    Endpoint lookup =
        endpoints().stream().filter(e -> e.path().endsWith("/lookup")).findFirst().get();
    Endpoint documents =
        endpoints().stream()
            .filter(e -> e.method().equals("GET") && e.path().equals(DOCUMENTS))
            .findFirst()
            .get();
    rows.add(Arguments.of("GET /api/v1/search without q", new Bad(search, "q", null, "1")));
    rows.add(
        Arguments.of(
            "GET /api/v1/regulations/lookup without symbol", new Bad(lookup, "symbol", null, "1")));
    // A cursor of the same search with other words, and a cursor of the plain list used with q.
    rows.add(
        Arguments.of(
            "GET /api/v1/search cursor=<a cursor of another search>",
            new Bad(
                search,
                "cursor",
                f -> f.cursors.get("search"),
                "1",
                f -> q("q", "quang ninh " + f.n))));
    rows.add(
        Arguments.of(
            "GET /api/v1/documents?q= cursor=<a cursor of the list without q>",
            new Bad(documents, "cursor", f -> f.cursors.get("documents"), "1", f -> q("q", f.n))));
    return rows.stream();
  }

  static Arguments bad(Endpoint e, String parameter, String label, Function<Fixture, String> v) {
    String shown =
        label.length() > 40 ? label.substring(0, 20) + "…(" + label.length() + ")" : label;
    return Arguments.of(
        e.label() + " " + parameter + "=" + shown,
        new Bad(e, parameter, v, e.validId() == null ? "1" : null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedValues")
  void malformedValuesAre400NamingTheParameter(String name, Bad bad) {
    Fixture f = fixture();
    Endpoint e = bad.endpoint();
    Map<String, Object> query = baseQuery(e, bad.parameter());
    if (bad.value() != null) {
      query.put(bad.parameter(), bad.value().apply(f));
    }
    if (bad.extra() != null) {
      query.putAll(bad.extra().apply(f));
    }
    String id = bad.id() != null ? bad.id() : String.valueOf(e.validId().apply(f));
    Response r = e.send(query, id);
    r.then()
        .log()
        .ifValidationFails()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("status", equalTo(400))
        .body("title", equalTo("Bad Request"))
        .body("type", equalTo("https://regtrack.io/problems/invalid-input"))
        .body("parameter", equalTo(bad.parameter()))
        .body("detail", containsString(bad.parameter()))
        .body("detail", not(containsString("Exception")));
  }

  // ------------------------------------------------------------------------------ unknown ids

  static Stream<Arguments> unknownIds() {
    List<Arguments> rows = new ArrayList<>();
    for (Endpoint e : endpoints()) {
      if (e.path().contains("{id}")) {
        for (String id : List.of("999999999", "9223372036854775807")) {
          rows.add(Arguments.of(e.label() + " id=" + id, e, id));
        }
      }
    }
    rows.add(
        Arguments.of(
            "GET /api/v1/regulations/lookup symbol=<unknown>",
            endpoint(REGULATIONS + "/lookup", null),
            "symbol=9999999-QĐ/TW"));
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unknownIds")
  void unknownIdsAre404(String name, Endpoint e, String id) {
    Response r =
        id.startsWith("symbol=")
            ? e.send(q("symbol", id.substring("symbol=".length())), "1")
            : e.send(q(), id);
    r.then()
        .statusCode(404)
        .contentType(PROBLEM_JSON)
        .body("status", equalTo(404))
        .body("type", equalTo("https://regtrack.io/problems/not-found"))
        .body("parameter", nullValue());
    assertThat(r.getHeader("ETag")).isNull();
  }

  // ----------------------------------------------------------------------- never a 500

  /** Odd but harmless values: each endpoint answers them with a 2xx, a 400 or a 404. */
  static final List<String> ODD =
      List.of(
          "%",
          "\uD83D\uDE00",
          "'; drop table document; --",
          "<script>alert(1)</script>",
          "\uFFFF",
          "\u202Eabc",
          "x".repeat(2000),
          "null",
          "[]",
          "\\");

  static Stream<Arguments> oddValues() {
    List<Arguments> rows = new ArrayList<>();
    for (Endpoint e : endpoints()) {
      if (e.method().equals("POST")) {
        continue; // writes: covered by the malformed rows and BadInputTest
      }
      for (String p : e.params().keySet()) {
        for (String value : ODD) {
          String shown =
              value.length() > 20 ? value.substring(0, 5) + "…(" + value.length() + ")" : value;
          rows.add(Arguments.of(e.label() + " " + p + "=" + shown, e, p, value));
        }
      }
      if (e.path().contains("{id}")) {
        for (String value : ODD) {
          if (value.contains("%") || value.contains("\\") || value.length() > 100) {
            continue; // not a path segment RestAssured sends as is
          }
          rows.add(Arguments.of(e.label() + " id=" + value, e, "{id}", value));
        }
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oddValues")
  void oddValuesNeverGive500(String name, Endpoint e, String parameter, String value) {
    Fixture f = fixture();
    Response r;
    if (parameter.equals("{id}")) {
      r = e.send(baseQuery(e, ""), value);
    } else {
      Map<String, Object> query = baseQuery(e, parameter);
      query.put(parameter, value);
      r = e.send(query, e.validId() == null ? "1" : String.valueOf(e.validId().apply(f)));
    }
    assertThat(r.statusCode()).as(name).isIn(200, 400, 404);
    if (r.statusCode() != 200) {
      assertThat(r.getContentType()).startsWith(PROBLEM_JSON);
      if (r.statusCode() == 400 && !parameter.equals("{id}")) {
        assertThat(r.jsonPath().getString("parameter")).isEqualTo(parameter);
      }
    }
  }

  // ----------------------------------------------------------------- unknown parameters

  static Stream<Arguments> readEndpoints() {
    return Stream.of(
        Arguments.of("documents", (Function<Fixture, String>) f -> DOCUMENTS),
        Arguments.of("document", (Function<Fixture, String>) f -> DOCUMENTS + "/" + f.docA),
        Arguments.of("meetings", (Function<Fixture, String>) f -> MEETINGS),
        Arguments.of("meeting", (Function<Fixture, String>) f -> MEETINGS + "/" + f.meetingA),
        Arguments.of("regulations", (Function<Fixture, String>) f -> REGULATIONS),
        Arguments.of(
            "regulation", (Function<Fixture, String>) f -> REGULATIONS + "/" + f.regulation),
        Arguments.of(
            "regulation citations",
            (Function<Fixture, String>) f -> REGULATIONS + "/" + f.regulation + "/citations"),
        Arguments.of(
            "regulation meetings",
            (Function<Fixture, String>) f -> REGULATIONS + "/" + f.regulation + "/meetings"),
        Arguments.of(
            "regulation lookup",
            (Function<Fixture, String>) f -> REGULATIONS + "/lookup?symbol=" + f.symbol),
        Arguments.of("persons", (Function<Fixture, String>) f -> PERSONS),
        Arguments.of("person", (Function<Fixture, String>) f -> PERSONS + "/" + f.chairA),
        Arguments.of("organizations", (Function<Fixture, String>) f -> ORGANIZATIONS),
        Arguments.of(
            "organization", (Function<Fixture, String>) f -> ORGANIZATIONS + "/" + f.organizerA),
        Arguments.of("provinces", (Function<Fixture, String>) f -> PROVINCES),
        Arguments.of("changes", (Function<Fixture, String>) f -> CHANGES + "?limit=5"),
        Arguments.of("search", (Function<Fixture, String>) f -> SEARCH + "?q=" + f.n));
  }

  /**
   * Unknown query parameters are ignored, as GitHub's API does: the answer is the one without them.
   * (Known names are matched ignoring case: see the row "meetings parameter names ignore case".)
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("readEndpoints")
  void unknownParametersAreIgnored(String name, Function<Fixture, String> path) {
    String p = path.apply(fixture());
    String sep = p.contains("?") ? "&" : "?";
    Response plain = given().get(p);
    plain.then().statusCode(200);
    Response extra = given().get(p + sep + "foo=bar&utm_source=x&filter%5Bkind%5D=FOO&year_=0");
    extra.then().log().ifValidationFails().statusCode(200);
    assertThat(extra.asString()).isEqualTo(plain.asString());
  }

  // ---------------------------------------------------------------------- ETag and 304

  static Stream<Arguments> singleResources() {
    return readEndpoints()
        .filter(
            a -> {
              String name = (String) a.get()[0];
              return Set.of(
                      "document",
                      "meeting",
                      "regulation",
                      "regulation lookup",
                      "person",
                      "organization")
                  .contains(name);
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleResources")
  void singleResourcesAnswerIfNoneMatch(String name, Function<Fixture, String> path) {
    ETagTest.conditional(path.apply(fixture()));
  }

  // ------------------------------------------------------------------- writes and shapes

  @Test
  void writesAnswerAsTheContractSays() {
    Fixture f = fixture();
    // POST /documents with metadata as query parameters: 201, Location, the fields; again: 200.
    String text = Articles.unique();
    Response created =
        given()
            .header("Authorization", TestKeys.EDITOR)
            .contentType("text/plain; charset=utf-8")
            .queryParam("url", "https://example.vn/bai-viet/" + f.n)
            .queryParam("source", "Báo Thử nghiệm")
            .queryParam("publishedAt", "2022-10-10T09:30:00+07:00")
            .body(text)
            .post(DOCUMENTS);
    created.then().statusCode(201);
    long id = created.jsonPath().getLong("id");
    assertThat(created.getHeader("Location")).endsWith(DOCUMENTS + "/" + id);
    assertThat(created.jsonPath().getString("url")).isEqualTo("https://example.vn/bai-viet/" + f.n);
    assertThat(created.jsonPath().getString("source")).isEqualTo("Báo Thử nghiệm");
    assertThat(created.jsonPath().getString("publishedOn")).isEqualTo("2022-10-10");
    given()
        .header("Authorization", TestKeys.EDITOR)
        .contentType("text/plain; charset=utf-8")
        .body(text)
        .post(DOCUMENTS)
        .then()
        .statusCode(200)
        .body("id", equalTo((int) id));

    // DELETE: 204, then 404 for the document and for a second delete.
    given()
        .header("Authorization", TestKeys.EDITOR)
        .delete(DOCUMENTS + "/" + id)
        .then()
        .statusCode(204);
    given().get(DOCUMENTS + "/" + id).then().statusCode(404).contentType(PROBLEM_JSON);
    given()
        .header("Authorization", TestKeys.EDITOR)
        .delete(DOCUMENTS + "/" + id)
        .then()
        .statusCode(404)
        .contentType(PROBLEM_JSON);

    // POST /documents:batch (NDJSON): 202 with the job, which imports the article.
    String line = DocumentBatchTest.line(Articles.unique(), "https://example.vn/lo/" + f.n);
    Response batch =
        given()
            .header("Authorization", TestKeys.EDITOR)
            .contentType(DocumentBatchTest.NDJSON)
            .body((line + "\n").getBytes(StandardCharsets.UTF_8))
            .post(DocumentBatchTest.PATH);
    batch.then().statusCode(202).body("kind", equalTo("IMPORT"));
    JsonPath imported = Jobs.awaitFinished(batch.jsonPath().getLong("id"));
    assertThat(imported.getString("state")).isEqualTo("SUCCEEDED");
    assertThat(imported.getInt("done")).isEqualTo(1);

    // POST /admin/reextract?all=false: 202 with a Location to poll; GET /admin/jobs/{id}.
    Response reextract =
        given()
            .header("Authorization", TestKeys.ADMIN)
            .queryParam("all", "false")
            .post("/api/v1/admin/reextract");
    reextract.then().statusCode(202).body("kind", equalTo("REEXTRACT"));
    long job = reextract.jsonPath().getLong("id");
    assertThat(reextract.getHeader("Location")).endsWith("/api/v1/admin/jobs/" + job);
    assertThat(Jobs.awaitFinished(job).getString("state")).isEqualTo("SUCCEEDED");

    // POST /citations/extract: the citation, resolved to the regulation; nothing stored.
    given()
        .contentType("text/plain; charset=utf-8")
        .body("Hội nghị quán triệt Quy định số " + f.symbol + " của Bộ Chính trị.")
        .post("/api/v1/citations/extract")
        .then()
        .statusCode(200)
        .body("citations[0].text", equalTo("Quy định số " + f.symbol))
        .body("citations[0].regulation.id", equalTo((int) f.regulation));
  }

  @Test
  void aWriteWithoutAKeyIs401WhateverItsParameters() {
    given()
        .queryParam("url", "a\u0000b")
        .queryParam("publishedAt", "2022-13-45")
        .contentType("text/plain; charset=utf-8")
        .body(Articles.unique())
        .post(DOCUMENTS)
        .then()
        .statusCode(401)
        .contentType(PROBLEM_JSON);
    given()
        .queryParam("all", "a\u0000b")
        .post("/api/v1/admin/reextract")
        .then()
        .statusCode(401)
        .contentType(PROBLEM_JSON);
  }

  @Test
  void nulInBodyFieldsIsA400NamingTheField() {
    for (String field : List.of("url", "source")) {
      String body =
          "{\"text\": \""
              + Articles.unique().replace("\n", "\\n")
              + "\", \""
              + field
              + "\": \"a\\u0000b\"}";
      given()
          .header("Authorization", TestKeys.EDITOR)
          .contentType("application/json")
          .body(body)
          .post(DOCUMENTS)
          .then()
          .statusCode(400)
          .contentType(PROBLEM_JSON)
          .body("parameter", equalTo(field));
    }
  }

  /** The JSON shapes of DESIGN.md §4: field names are part of the contract. */
  @Test
  void singleResourcesHaveTheFieldsOfTheContract() {
    Fixture f = fixture();
    JsonPath doc = get(DOCUMENTS + "/" + f.docA, q()).jsonPath();
    assertThat(doc.getMap("").keySet())
        .contains(
            "id",
            "title",
            "source",
            "url",
            "author",
            "publishedAt",
            "publishedOn",
            "body",
            "contentHash",
            "citations",
            "meetings",
            "persons");
    assertThat(doc.getMap("citations[0]").keySet())
        .contains("id", "text", "start", "end", "form", "stated", "regulation");
    assertThat(doc.getMap("citations[0].stated").keySet())
        .contains("kind", "number", "symbol", "issuer", "issuedOn", "title");
    assertThat(doc.getMap("persons[0]").keySet()).contains("id", "name", "positions");
    assertRegulation(doc.getMap("citations[0].regulation"));
    assertRegulation(get(REGULATIONS + "/" + f.regulation, q()).jsonPath().getMap(""));
    assertMeeting(doc.getMap("meetings[0]"));
    JsonPath meeting = get(MEETINGS + "/" + f.meetingA, q()).jsonPath();
    assertMeeting(meeting.getMap(""));
    assertThat(meeting.getMap("organizer").keySet()).contains("id", "name");
    assertThat(meeting.getMap("participants[0]").keySet()).contains("person", "role", "positions");
    assertThat(meeting.getMap("participants[0].person").keySet()).contains("id", "name");
    assertThat(meeting.getMap("regulations[0]").keySet()).contains("role", "regulation");
    assertThat(meeting.getMap("documents[0]").keySet()).contains("id", "title");
  }

  private static void assertRegulation(Map<String, Object> r) {
    assertThat(r.keySet())
        .contains(
            "id",
            "kind",
            "kindLabel",
            "number",
            "symbol",
            "symbolInferred",
            "issuer",
            "issuedOn",
            "title",
            "chapters",
            "articles",
            "relations",
            "citationCount",
            "meetingCount");
  }

  private static void assertMeeting(Map<String, Object> m) {
    assertThat(m.keySet())
        .contains(
            "id",
            "title",
            "kind",
            "date",
            "dateInferred",
            "partOfDay",
            "province",
            "provinceToday",
            "location",
            "organizer",
            "online",
            "bridgePoints",
            "attendeeCount",
            "attendeeCountQualifier",
            "participants",
            "regulations",
            "documents");
  }
}
