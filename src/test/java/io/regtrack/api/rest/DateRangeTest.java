package io.regtrack.api.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A date range whose end is before its start holds no date: a 400 naming {@code to}, not an empty
 * list that looks like "nothing happened then". Equal ends are one day, and fine.
 */
@QuarkusTest
class DateRangeTest {
  @ParameterizedTest(name = "{0} {1} from={2} to={3} → {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          /api/v1/documents | application/json | 2023-01-01 | 2022-12-31 | 400
          /api/v1/documents | application/json | 2022-06-01 | 2022-06-01 | 200
          /api/v1/meetings  | application/json | 2023-01-01 | 2022-12-31 | 400
          /api/v1/exports/meetings.csv | text/csv | 2023-01-01 | 2022-12-31 | 400
          /api/v1/meetings  | application/json | 2022-06-01 | 2022-06-01 | 200
          """)
  void theEndOfARangeMayNotPrecedeItsStart(
      String path, String accept, String from, String to, int status) {
    var response =
        given()
            .accept(accept)
            .queryParam("from", from)
            .queryParam("to", to)
            .get(path)
            .then()
            .statusCode(status);
    if (status == 400) {
      response
          .contentType("application/problem+json")
          .body("parameter", equalTo("to"))
          .body("detail", containsString("before from"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"/api/v1/documents", "/api/v1/meetings"})
  void withSearchWordsToo(String path) {
    given()
        .queryParam("q", "quán triệt")
        .queryParam("from", "2023-01-01")
        .queryParam("to", "2022-12-31")
        .get(path)
        .then()
        .statusCode(400)
        .body("parameter", equalTo("to"));
  }

  /** Issue 15/16: dates outside the years 1900–2100 are a 400 naming the parameter, never a 500. */
  @ParameterizedTest(name = "{0}?{1}={2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          /api/v1/documents   | to    | +999999999-12-31
          /api/v1/documents   | from  | -999999999-01-01
          /api/v1/meetings    | from  | 1899-12-31
          /api/v1/meetings    | to    | 2101-01-01
          /api/v1/regulations | year  | 99999
          /api/v1/changes     | since | +999999999-12-31T00:00:00Z
          """)
  void datesOutsideTheAcceptedYearsAreRefused(String path, String parameter, String value) {
    given()
        .queryParam(parameter, value)
        .get(path)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("parameter", equalTo(parameter))
        .body("detail", containsString("1900 to 2100"));
  }

  @ParameterizedTest(name = "publishedAt {0}")
  @CsvSource({"+99999-01-01T00:00:00", "0000-01-01T00:00:00", "-0044-03-15T00:00:00"})
  void anIngestedPublishTimeOutsideTheAcceptedYearsIsRefusedAndNothingIsStored(String at) {
    given()
        .header("Authorization", io.regtrack.TestKeys.EDITOR)
        .contentType("application/json")
        .body(
            java.util.Map.of(
                "text",
                "Hội nghị quán triệt Quy định số 58-QĐ/TW " + at + " tại tỉnh Sóc Trăng.",
                "publishedAt",
                at))
        .post("/api/v1/documents")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("parameter", equalTo("publishedAt"));
  }
}
