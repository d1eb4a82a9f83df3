package io.regtrack.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15: a date argument outside the years 1900–2100 is one BAD_USER_INPUT error naming the
 * argument, the same bound as REST (io.regtrack.shared.time.DateBounds), never "System error".
 */
@QuarkusTest
class GraphQlDateBoundsTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "meetings, from, 1899-12-31",
    "meetings, to, 2101-01-01",
    "documents, from, 2200-01-01",
    "documents, to, 1000-01-01"
  })
  void aFilterDateOutsideTheYearsIsBadUserInput(String list, String field, String date) {
    String filterType = list.equals("meetings") ? "MeetingFilter" : "DocumentFilter";
    JsonPath r =
        GraphQl.post(
            "query($f: " + filterType + ") { " + list + "(first: 1, filter: $f) { totalCount } }",
            "f",
            Map.of(field, date));
    List<Object> errors = r.getList("errors");
    assertThat(errors).hasSize(1);
    assertThat(r.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
    assertThat(r.getString("errors[0].message")).contains(field).contains("1900 to 2100");
  }
}
