package io.regtrack.api.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.regtrack.Articles;
import io.regtrack.TestKeys;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input gets a clear 4xx problem and writes nothing. */
@QuarkusTest
class BadInputTest {

  static Stream<Arguments> badInputs() {
    byte[] tooLarge = new byte[2 * 1024 * 1024 + 1];
    java.util.Arrays.fill(tooLarge, (byte) 'a');
    byte[] invalidUtf8 = ("Hội nghị quán triệt " + "x".repeat(40)).getBytes(StandardCharsets.UTF_8);
    invalidUtf8[3] = (byte) 0xC3; // a lead byte followed by ASCII: malformed
    invalidUtf8[4] = (byte) 0x28;
    return Stream.of(
        Arguments.of("empty body", "text/plain; charset=utf-8", new byte[0], 400, "text"),
        Arguments.of(
            "whitespace only", "text/plain; charset=utf-8", utf8(" \n\t \r\n  "), 400, "text"),
        Arguments.of("over 2 MB", "text/plain; charset=utf-8", tooLarge, 413, "body"),
        Arguments.of("invalid UTF-8", "text/plain; charset=utf-8", invalidUtf8, 400, "body"),
        Arguments.of(
            "unsupported type", "application/xml", utf8("<a>Hội nghị</a>"), 415, "Content-Type"),
        Arguments.of(
            "non-UTF-8 charset",
            "text/plain; charset=iso-8859-1",
            utf8("abc"),
            415,
            "Content-Type"),
        Arguments.of(
            "malformed JSON", "application/json", utf8("{\"text\": \"Hội nghị"), 400, "body"),
        Arguments.of("JSON array", "application/json", utf8("[1,2]"), 400, "body"),
        Arguments.of(
            "JSON without text",
            "application/json",
            utf8("{\"url\": \"https://x.vn\"}"),
            400,
            "text"),
        Arguments.of(
            "JSON blank text", "application/json", utf8("{\"text\": \"   \"}"), 400, "text"),
        Arguments.of(
            "JSON bad publishedAt",
            "application/json",
            utf8(
                "{\"text\": \""
                    + Articles.unique().replace("\n", "\\n")
                    + "\", \"publishedAt\": \"20/09/2022\"}"),
            400,
            "publishedAt"),
        Arguments.of(
            "NUL characters",
            "text/plain; charset=utf-8",
            utf8("Hội nghị\u0000 quán triệt"),
            400,
            "text"));
  }

  @ParameterizedTest(name = "{0} -> {3}")
  @MethodSource("badInputs")
  void isAProblemAndWritesNothing(
      String name, String contentType, byte[] body, int status, String parameter) {
    long before = documentCount();
    given()
        .header("Authorization", TestKeys.EDITOR)
        .contentType(contentType)
        .body(body)
        .post("/api/v1/documents")
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("status", equalTo(status))
        .body("parameter", equalTo(parameter))
        .body("detail", not(containsString("Exception")))
        .body("detail", not(containsString("io.regtrack")));
    assertThat(documentCount()).isEqualTo(before);
  }

  @ParameterizedTest(name = "GET {0} -> {1}")
  @MethodSource("badReads")
  void badReadsAreProblems(String path, int status, String parameter) {
    given()
        .get(path)
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("status", equalTo(status))
        .body("parameter", equalTo(parameter));
  }

  static Stream<Arguments> badReads() {
    return Stream.of(
        Arguments.of("/api/v1/documents/abc", 400, "id"),
        Arguments.of("/api/v1/documents/-4", 400, "id"),
        Arguments.of("/api/v1/documents/999999999", 404, null),
        Arguments.of("/api/v1/documents?limit=0", 400, "limit"),
        Arguments.of("/api/v1/documents?limit=101", 400, "limit"),
        Arguments.of("/api/v1/documents?limit=ten", 400, "limit"),
        Arguments.of("/api/v1/documents?cursor=bm90LWEtY3Vyc29y", 400, "cursor"),
        Arguments.of("/api/v1/documents?cursor=%%%", 400, "cursor"),
        Arguments.of("/api/v1/documents?from=2022-13-01", 400, "from"),
        Arguments.of("/api/v1/documents?to=yesterday", 400, "to"));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static long documentCount() {
    return DocumentCounter.count();
  }
}
