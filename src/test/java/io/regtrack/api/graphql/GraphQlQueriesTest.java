package io.regtrack.api.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every query and child field over the {@link GraphQlFixture} corpus. */
@QuarkusTest
class GraphQlQueriesTest {
  GraphQlFixture f;

  @BeforeEach
  void corpus() {
    f = GraphQlFixture.get();
  }

  static final String MEETING_FIELDS =
      """
      id databaseId title kind date dateInferred partOfDay online bridgePoints attendeeCount
      attendeeCountQualifier location datePartial
      province { name code era } provinceToday { name }
      organizer { name kind }
      participants { role positions person { id name } }
      regulations { role regulation { symbol kind kindLabel issuedOn issuer { name } } }
      documents { id title }
      """;

  @Test
  void documentByGlobalIdAndByDatabaseIdHasItsChildren() {
    long key = f.documentIds.getFirst();
    String nodeId = restNodeId("/api/v1/documents/" + key);
    JsonPath d =
        GraphQl.data(
            "query($id: ID!) { document(id: $id) { id databaseId title publishedOn extractorVersion"
                + " citations { text start end form stated { kind number symbol issuer issuedOn }"
                + " regulation { symbol } document { databaseId } }"
                + " meetings { kind province { name } }"
                + " persons { name positions person { name documentCount } } } }",
            "id",
            nodeId);
    assertThat(d.getString("document.id")).isEqualTo(nodeId);
    assertThat(d.getLong("document.databaseId")).isEqualTo(key);
    assertThat(d.getString("document.publishedOn")).isEqualTo("2022-03-16");
    assertThat(d.getList("document.citations.regulation.symbol"))
        .containsExactly(f.symbol(), f.old + "-QĐ/TW");
    assertThat(d.getList("document.citations.document.databaseId", Long.class)).containsOnly(key);
    assertThat(d.getString("document.citations[0].stated.issuer")).isEqualTo("Bộ Chính trị");
    assertThat(d.getString("document.citations[0].stated.issuedOn")).isEqualTo("2022-02-08");
    assertThat(d.getList("document.meetings.province.name")).containsExactly("Sóc Trăng");
    assertThat(d.getList("document.persons.name")).contains(f.chairs.getFirst());
    assertThat(d.getList("document.persons.person.name")).contains(f.chairs.getFirst());

    JsonPath byKey = GraphQl.data("{ document(id: \"" + key + "\") { id } }");
    assertThat(byKey.getString("document.id")).isEqualTo(nodeId);
    assertThat(GraphQl.data("{ document(id: \"999999999\") { id } }").getString("document"))
        .isNull();
  }

  @Test
  void everyObjectIsRefetchableByNodeWithTheRestNodeId() {
    long meetingKey = meetingKey(0);
    Map<String, String> restPaths =
        Map.of(
            "Document", "/api/v1/documents/" + f.documentIds.getFirst(),
            "Meeting", "/api/v1/meetings/" + meetingKey);
    for (var e : restPaths.entrySet()) {
      String id = restNodeId(e.getValue());
      JsonPath n = GraphQl.data("query($id: ID!) { node(id: $id) { __typename id } }", "id", id);
      assertThat(n.getString("node.__typename")).isEqualTo(e.getKey());
      assertThat(n.getString("node.id")).isEqualTo(id);
    }
    JsonPath m =
        GraphQl.data(
            "query($id: ID!) { meeting(id: $id) { id organizer { id } province { id }"
                + " participants { person { id } } regulations { regulation { id } } } }",
            "id",
            String.valueOf(meetingKey));
    List<String> ids =
        List.of(
            m.getString("meeting.id"),
            m.getString("meeting.organizer.id"),
            m.getString("meeting.province.id"),
            m.getString("meeting.participants[0].person.id"),
            m.getString("meeting.regulations[0].regulation.id"));
    JsonPath nodes =
        GraphQl.data("query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }", "ids", ids);
    assertThat(nodes.getList("nodes.__typename"))
        .containsExactly("Meeting", "Organization", "Province", "Person", "Regulation");
    assertThat(nodes.getList("nodes.id")).containsExactlyElementsOf(ids);
    // A well-formed id of nothing is null.
    String missing =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("Meeting:999999999".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(GraphQl.data("{ node(id: \"" + missing + "\") { id } }").getString("node")).isNull();
  }

  @Test
  void meetingHasTheContractFields() {
    JsonPath d =
        GraphQl.data(
            "query($id: ID!) { meeting(id: $id) {" + MEETING_FIELDS + "} }",
            "id",
            String.valueOf(meetingKey(0)));
    assertThat(d.getString("meeting.kind")).isEqualTo("DISSEMINATION");
    assertThat(d.getString("meeting.date")).isEqualTo("2022-03-16");
    assertThat(d.getBoolean("meeting.dateInferred")).isTrue();
    assertThat(d.getString("meeting.partOfDay")).isEqualTo("MORNING");
    assertThat(d.getString("meeting.province.name")).isEqualTo("Sóc Trăng");
    assertThat(d.getString("meeting.province.era")).isEqualTo("PRE_2025");
    assertThat(d.getString("meeting.provinceToday.name")).isEqualTo("Cần Thơ");
    assertThat(d.getString("meeting.organizer.name")).isEqualTo("Ban Thường vụ Tỉnh ủy Sóc Trăng");
    assertThat(d.getBoolean("meeting.online")).isTrue();
    assertThat(d.getInt("meeting.bridgePoints")).isEqualTo(11);
    assertThat(d.getInt("meeting.attendeeCount")).isEqualTo(500);
    assertThat(d.getString("meeting.attendeeCountQualifier")).isEqualTo("MORE_THAN");
    assertThat(d.getList("meeting.participants.person.name")).containsExactly(f.chairs.getFirst());
    assertThat(d.getList("meeting.participants.role")).containsExactly("CHAIR");
    assertThat(d.getList("meeting.participants[0].positions")).containsExactly("Bí thư Tỉnh ủy");
    assertThat(d.getList("meeting.regulations.regulation.symbol")).containsExactly(f.symbol());
    assertThat(d.getList("meeting.regulations.role")).containsExactly("DISSEMINATED");
    assertThat(d.getString("meeting.regulations[0].regulation.kindLabel")).isEqualTo("Quy định");
    assertThat(d.getString("meeting.regulations[0].regulation.issuer.name"))
        .isEqualTo("Bộ Chính trị");
    assertThat(d.getList("meeting.documents.id")).hasSize(1);
  }

  @Test
  void meetingsFilterByEveryField() {
    String q =
        "query($f: MeetingFilter) { meetings(filter: $f, first: 100) { totalCount"
            + " nodes { date province { name } } } }";
    // By regulation symbol: all five, latest first.
    JsonPath all = GraphQl.data(q, "f", Map.of("regulation", f.symbol()));
    assertThat(all.getInt("meetings.totalCount")).isEqualTo(5);
    assertThat(all.getList("meetings.nodes.date"))
        .containsExactly("2022-07-12", "2022-06-07", "2022-05-10", "2022-04-05", "2022-03-16");
    // By regulation global id.
    String regulationId = regulationId();
    assertThat(
            GraphQl.data(q, "f", Map.of("regulation", regulationId)).getInt("meetings.totalCount"))
        .isEqualTo(5);
    // Province at the date and today's unit: Sóc Trăng is in today's Cần Thơ.
    for (String province : List.of("Sóc Trăng", "soc-trang", "Cần Thơ")) {
      JsonPath p = GraphQl.data(q, "f", Map.of("regulation", f.symbol(), "province", province));
      assertThat(p.getList("meetings.nodes.province.name")).containsExactly("Sóc Trăng");
    }
    assertThat(
            GraphQl.data(
                    q,
                    "f",
                    Map.of(
                        "regulation", f.symbol(),
                        "from", "2022-04-01",
                        "to", "2022-06-30",
                        "kind", "DISSEMINATION"))
                .getList("meetings.nodes.date"))
        .containsExactly("2022-06-07", "2022-05-10", "2022-04-05");
    assertThat(
            GraphQl.data(q, "f", Map.of("regulation", f.symbol(), "kind", "REVIEW"))
                .getInt("meetings.totalCount"))
        .isZero();
    assertThat(
            GraphQl.data(
                    q,
                    "f",
                    Map.of("regulation", f.symbol(), "organizer", "Ban Thường vụ Tỉnh ủy Hà Nam"))
                .getList("meetings.nodes.province.name"))
        .containsExactly("Hà Nam");
    // By person name (diacritics ignored): the Hà Nam chair is at two meetings.
    JsonPath person =
        GraphQl.data(
            q, "f", Map.of("person", io.regtrack.shared.text.TextKeys.fold(f.chairs.get(1))));
    assertThat(person.getList("meetings.nodes.date")).containsExactly("2022-09-20", "2022-04-05");
    // Unknown symbol: nothing; unknown province: a clear error.
    assertThat(GraphQl.data(q, "f", Map.of("regulation", "1-XX/ZZ")).getInt("meetings.totalCount"))
        .isZero();
    JsonPath bad = GraphQl.post(q, "f", Map.of("province", "Atlantis"));
    assertThat(bad.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
    assertThat(bad.getString("errors[0].message")).contains("province");
  }

  @Test
  void meetingsOrderAscending() {
    JsonPath d =
        GraphQl.data(
            "query($f: MeetingFilter) { meetings(filter: $f, orderBy: {field: DATE, direction: ASC},"
                + " first: 2) { nodes { date } } }",
            "f",
            Map.of("regulation", f.symbol()));
    assertThat(d.getList("meetings.nodes.date")).containsExactly("2022-03-16", "2022-04-05");
  }

  @Test
  void regulationByIdAndBySymbolWithRelationsCountsAndConnections() {
    String query =
        "query($s: String) { regulation(symbol: $s) { id databaseId kind kindLabel number symbol"
            + " symbolInferred issuedOn issuer { name kind parent { name } }"
            + " relations { type direction regulation { symbol } }"
            + " replaces { symbol } replacedBy { symbol } guidedBy { symbol }"
            + " citationCount documentCount meetingCount"
            + " citations(first: 3) { totalCount edges { cursor node { text document { databaseId } } }"
            + "   pageInfo { hasNextPage hasPreviousPage } }"
            + " meetings(first: 2) { totalCount nodes { date } pageInfo { hasNextPage } } } }";
    for (String symbol : List.of(f.symbol(), f.n + "-QD/TW", f.n + " QĐ TW", f.n + "/QĐ-TW")) {
      JsonPath d = GraphQl.data(query, "s", symbol);
      assertThat(d.getString("regulation.symbol")).as(symbol).isEqualTo(f.symbol());
    }
    JsonPath d = GraphQl.data(query, "s", f.symbol());
    assertThat(d.getString("regulation.kind")).isEqualTo("REGULATION");
    assertThat(d.getString("regulation.number")).isEqualTo(f.n);
    assertThat(d.getString("regulation.issuedOn")).isEqualTo("2022-02-08");
    assertThat(d.getString("regulation.issuer.name")).isEqualTo("Bộ Chính trị");
    assertThat(d.getList("regulation.replaces.symbol")).containsExactly(f.old + "-QĐ/TW");
    assertThat(d.getList("regulation.replacedBy")).isEmpty();
    assertThat(d.getList("regulation.relations.type")).containsExactly("REPLACES");
    assertThat(d.getList("regulation.relations.direction")).containsExactly("OUTGOING");
    assertThat(d.getInt("regulation.citationCount")).isEqualTo(5);
    assertThat(d.getInt("regulation.documentCount")).isEqualTo(5);
    assertThat(d.getInt("regulation.meetingCount")).isEqualTo(5);
    assertThat(d.getInt("regulation.citations.totalCount")).isEqualTo(5);
    assertThat(d.getList("regulation.citations.edges")).hasSize(3);
    assertThat(d.getBoolean("regulation.citations.pageInfo.hasNextPage")).isTrue();
    assertThat(d.getBoolean("regulation.citations.pageInfo.hasPreviousPage")).isFalse();
    assertThat(d.getInt("regulation.meetings.totalCount")).isEqualTo(5);
    assertThat(d.getList("regulation.meetings.nodes.date"))
        .containsExactly("2022-07-12", "2022-06-07");

    JsonPath replaced =
        GraphQl.data(
            "query($s: String) { regulation(symbol: $s) { replacedBy { symbol } } }",
            "s",
            f.old + "-QĐ/TW");
    assertThat(replaced.getList("regulation.replacedBy.symbol")).containsExactly(f.symbol());

    String id = d.getString("regulation.id");
    assertThat(
            GraphQl.data("query($id: ID) { regulation(id: $id) { symbol } }", "id", id)
                .getString("regulation.symbol"))
        .isEqualTo(f.symbol());
    assertThat(GraphQl.data("{ regulation(symbol: \"1-XX/ZZ\") { id } }").getString("regulation"))
        .isNull();
    for (String bad :
        List.of("{ regulation { id } }", "{ regulation(id: \"1\", symbol: \"x\") { id } }")) {
      assertThat(GraphQl.post(bad).getString("errors[0].extensions.code"))
          .isEqualTo("BAD_USER_INPUT");
    }
  }

  @Test
  void timelineCoversTheProvincesOfItsTime() {
    JsonPath d =
        GraphQl.data(
            "query($s: String) { regulation(symbol: $s) { timeline { era"
                + " entries { date role meeting { province { name } } }"
                + " provincesCovered { name } provincesNotYetCovered { name } } } }",
            "s",
            f.symbol());
    assertThat(d.getString("regulation.timeline.era")).isEqualTo("PRE_2025");
    assertThat(d.getList("regulation.timeline.entries.date"))
        .containsExactly("2022-03-16", "2022-04-05", "2022-05-10", "2022-06-07", "2022-07-12");
    assertThat(d.getList("regulation.timeline.entries.role")).containsOnly("DISSEMINATED");
    assertThat(d.getList("regulation.timeline.provincesCovered.name"))
        .containsExactlyInAnyOrderElementsOf(GraphQlFixture.PROVINCES);
    List<String> notYet = d.getList("regulation.timeline.provincesNotYetCovered.name");
    assertThat(notYet).hasSize(63 - 5).doesNotContainAnyElementsOf(GraphQlFixture.PROVINCES);
    assertThat(notYet).contains("Hậu Giang", "Hà Nội");
  }

  @Test
  void regulationsFilterAndOrder() {
    String q =
        "query($f: RegulationFilter, $o: RegulationOrder) { regulations(filter: $f, orderBy: $o,"
            + " first: 10) { totalCount nodes { symbol issuedOn } } }";
    JsonPath byQ = GraphQl.data(q, "f", Map.of("q", "quy dinh " + f.n));
    assertThat(byQ.getList("regulations.nodes.symbol")).containsExactly(f.symbol());
    assertThat(byQ.getInt("regulations.totalCount")).isEqualTo(1);
    JsonPath byYear =
        GraphQl.data(
            q,
            "f",
            Map.of("year", 2022, "kind", "DIRECTIVE", "issuer", "Ban Bi thu"),
            "o",
            Map.of("field", "ISSUED_ON", "direction", "DESC"));
    assertThat(byYear.getList("regulations.nodes.symbol")).contains(f.other + "-CT/TW");
    JsonPath bad = GraphQl.post(q, "f", Map.of("year", 20));
    assertThat(bad.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
  }

  @Test
  void personsAndTheirMeetings() {
    String name = f.chairs.get(1);
    JsonPath d =
        GraphQl.data(
            "query($q: String) { persons(q: $q, first: 5) { totalCount nodes { name positions"
                + " documentCount meetings(first: 10) { totalCount nodes { date } } } } }",
            "q",
            io.regtrack.shared.text.TextKeys.fold(name));
    assertThat(d.getList("persons.nodes.name")).containsExactly(name);
    assertThat(d.getInt("persons.nodes[0].documentCount")).isEqualTo(2);
    assertThat(d.getList("persons.nodes[0].meetings.nodes.date"))
        .containsExactly("2022-09-20", "2022-04-05");
    String id =
        GraphQl.data("query($q: String) { persons(q: $q) { nodes { id } } }", "q", name)
            .getString("persons.nodes[0].id");
    assertThat(
            GraphQl.data("query($id: ID!) { person(id: $id) { name } }", "id", id)
                .getString("person.name"))
        .isEqualTo(name);
  }

  @Test
  void organizationsAndProvinces() {
    JsonPath o =
        GraphQl.data(
            "{ organizations(filter: {q: \"ban thuong vu tinh uy ha nam\"}, first: 5) { totalCount"
                + " nodes { name kind province { name } parent { name } } } }");
    assertThat(o.getList("organizations.nodes.name")).contains("Ban Thường vụ Tỉnh ủy Hà Nam");
    assertThat(o.getList("organizations.nodes.province.name")).containsOnly("Hà Nam");
    JsonPath p =
        GraphQl.data(
            "{ pre: provinces(era: PRE_2025) { name } post: provinces(era: POST_2025) { name }"
                + " all: provinces { name code today { name } predecessors { name } } }");
    assertThat(p.getList("pre.name")).hasSize(63).contains("Sóc Trăng", "Hậu Giang", "Hà Nam");
    assertThat(p.getList("post.name")).hasSize(34).contains("Cần Thơ").doesNotContain("Hậu Giang");
    assertThat(p.getList("all")).hasSize(63 + 34 - commonUnits(p));
    List<Map<String, Object>> all = p.getList("all");
    Map<String, Object> socTrang =
        all.stream().filter(x -> "soc-trang".equals(x.get("code"))).findFirst().orElseThrow();
    assertThat(socTrang).extractingByKey("today").isEqualTo(Map.of("name", "Cần Thơ"));
  }

  private static int commonUnits(JsonPath p) {
    List<String> pre = p.getList("pre.name");
    return (int) p.<String>getList("post.name").stream().filter(pre::contains).count();
  }

  @Test
  void extractCitationsResolvesAgainstTheCorpus() {
    String text = "Các cấp ủy quán triệt Quy định số " + f.symbol() + " của Bộ Chính trị.";
    JsonPath d =
        GraphQl.data(
            "query($t: String!) { extractCitations(text: $t) { text start end form"
                + " stated { number symbol } regulation { symbol } } }",
            "t",
            text);
    assertThat(d.getList("extractCitations")).hasSize(1);
    int start = d.getInt("extractCitations[0].start");
    int end = d.getInt("extractCitations[0].end");
    assertThat(text.substring(start, end)).isEqualTo(d.getString("extractCitations[0].text"));
    assertThat(d.getString("extractCitations[0].regulation.symbol")).isEqualTo(f.symbol());
    JsonPath blank = GraphQl.post("{ extractCitations(text: \"  \") { text } }");
    assertThat(blank.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
  }

  long meetingKey(int i) {
    return given()
        .get("/api/v1/documents/" + f.documentIds.get(i))
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("meetings[0].id");
  }

  String regulationId() {
    return GraphQl.data("query($s: String) { regulation(symbol: $s) { id } }", "s", f.symbol())
        .getString("regulation.id");
  }

  static String restNodeId(String path) {
    return given().get(path).then().statusCode(200).extract().jsonPath().getString("nodeId");
  }
}
