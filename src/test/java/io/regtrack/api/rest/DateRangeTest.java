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
          /api/v1/meetings  | text/csv         | 2023-01-01 | 2022-12-31 | 400
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
}
