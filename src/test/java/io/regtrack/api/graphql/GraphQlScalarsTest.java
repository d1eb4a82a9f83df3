package io.regtrack.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The date scalars say what they hold, in introspection (what code generators read) as in the SDL:
 * a description of the exact format and the {@code specifiedByURL} of the scalar specification.
 * (That interfaces still resolve their object types after the replacement, so that {@code ... on
 * Document} applies inside {@code node}, SearchApiTest checks.)
 */
@QuarkusTest
class GraphQlScalarsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "Date, https://scalars.graphql.org/andimarek/local-date.html, YYYY-MM-DD",
    "DateTime, https://scalars.graphql.org/andimarek/date-time.html, +07:00"
  })
  void aDateScalarIsDescribedAndSpecified(String name, String url, String format) {
    JsonPath response =
        GraphQl.post(
            "query($n: String!) { __type(name: $n) { kind description specifiedByURL } }",
            "n",
            name);
    assertThat(response.getString("errors")).isNull();
    assertThat(response.getString("data.__type.kind")).isEqualTo("SCALAR");
    assertThat(response.getString("data.__type.specifiedByURL")).isEqualTo(url);
    assertThat(response.getString("data.__type.description"))
        .contains(format)
        .doesNotContain("Scalar for");
  }
}
