package io.regtrack.api.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.regtrack.CitingArticles;
import io.regtrack.MeetingArticles;
import io.restassured.response.Response;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** ETag and If-None-Match on every single-resource GET. */
@QuarkusTest
class ETagTest {
  static Stream<String> resources() {
    String n = CitingArticles.number();
    var doc =
        MeetingApiTest.ingest(
            MeetingApiTest.socTrangReport(
                n, MeetingApiTest.DAY, MeetingArticles.name(), MeetingArticles.name()));
    long regulation = MeetingApiTest.regulationId(n + "-QĐ/TW");
    return Stream.of(
        "/api/v1/documents/" + doc.getLong("id"),
        "/api/v1/meetings/" + doc.getLong("meetings[0].id"),
        "/api/v1/regulations/" + regulation,
        "/api/v1/regulations/lookup?symbol=" + n + "-QĐ/TW",
        "/api/v1/persons/" + doc.getLong("persons[0].id"),
        "/api/v1/organizations/" + doc.getLong("meetings[0].organizer.id"));
  }

  @Test
  void aMatchingIfNoneMatchIs304WithoutBody() {
    // Built in the test: a method source would run before the application starts.
    resources().forEach(ETagTest::conditional);
  }

  static void conditional(String path) {
    Response first = given().get(path);
    first.then().statusCode(200);
    String etag = first.getHeader("ETag");
    assertThat(etag).as(path).matches("\"[0-9a-f]{64}\"");
    assertThat(given().get(path).getHeader("ETag")).as("stable").isEqualTo(etag);

    Response cached = given().header("If-None-Match", etag).get(path);
    cached.then().statusCode(304);
    assertThat(cached.asString()).isEmpty();
    given().header("If-None-Match", "W/" + etag).get(path).then().statusCode(304);
    given().header("If-None-Match", "\"other\", " + etag).get(path).then().statusCode(304);
    given().header("If-None-Match", "*").get(path).then().statusCode(304);
    given().header("If-None-Match", "\"other\"").get(path).then().statusCode(200);
  }

  @Test
  void theTagChangesWhenTheRepresentationDoes() {
    String n = CitingArticles.number();
    String chair = MeetingArticles.name();
    String deputy = MeetingArticles.name();
    var first =
        MeetingApiTest.ingest(MeetingApiTest.socTrangReport(n, MeetingApiTest.DAY, chair, deputy));
    String path = "/api/v1/meetings/" + first.getLong("meetings[0].id");
    String before = given().get(path).getHeader("ETag");
    MeetingApiTest.ingest(MeetingApiTest.otherOutletReport(n, MeetingApiTest.DAY, chair, deputy));
    given().header("If-None-Match", before).get(path).then().statusCode(200);
    assertThat(given().get(path).getHeader("ETag")).isNotEqualTo(before);
  }

  @Test
  void listsAndErrorsCarryNoTag() {
    assertThat(given().get("/api/v1/meetings?limit=1").getHeader("ETag")).isNull();
    Response missing = given().get("/api/v1/meetings/999999999");
    missing.then().statusCode(404);
    assertThat(missing.getHeader("ETag")).isNull();
  }
}
