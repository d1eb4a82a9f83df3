package io.regtrack.api.rest;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Every response a {@code @QuarkusTest} receives through RestAssured is checked against the
 * committed OpenAPI document ({@link OpenApiResponses}); a violation fails the test that made the
 * request, naming the request, the status and what does not match.
 *
 * <p>Registered for every test by {@code META-INF/services/…QuarkusTestBeforeEachCallback}. The
 * operations and statuses it checked are written to {@code target/openapi-validated.txt} when the
 * test JVM exits ({@code target/openapi-validated/}, one file per test profile), so the coverage of
 * the check can be read after a run.
 */
public final class OpenApiValidationFilter implements OrderedFilter, QuarkusTestBeforeEachCallback {
  static final Path SUMMARY = Path.of("target", "openapi-validated");

  /** Counts per "METHOD template status" in this class loader's Quarkus application. */
  private static final Map<String, LongAdder> CHECKED = new ConcurrentHashMap<>();

  private static volatile OpenApiResponses contract;

  @Override
  public void beforeEach(QuarkusTestMethodContext context) {
    synchronized (OpenApiValidationFilter.class) {
      if (RestAssured.filters().stream().noneMatch(OpenApiValidationFilter.class::isInstance)) {
        RestAssured.filters(new OpenApiValidationFilter());
      }
      if (contract == null) {
        contract = OpenApiResponses.committed();
        // One file per Quarkus application (one per test profile), named after its first test.
        Path summary =
            SUMMARY.resolve(context.getTestInstance().getClass().getSimpleName() + ".txt");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> writeSummary(summary)));
      }
    }
  }

  @Override
  public int getOrder() {
    return OrderedFilter.LOWEST_PRECEDENCE;
  }

  @Override
  public Response filter(
      FilterableRequestSpecification request,
      FilterableResponseSpecification responseSpec,
      FilterContext context) {
    Response response = context.next(request, responseSpec);
    OpenApiResponses openApi = contract;
    if (openApi == null) {
      return response;
    }
    String decoded = URI.create(request.getURI()).getPath();
    byte[] body = response.asByteArray();
    openApi.check(
        request.getMethod(), decoded, response.statusCode(), response.contentType(), body);
    openApi
        .template(decoded)
        .ifPresent(
            t ->
                CHECKED
                    .computeIfAbsent(
                        request.getMethod() + " " + t + " " + response.statusCode(),
                        k -> new LongAdder())
                    .increment());
    return response;
  }

  private static void writeSummary(Path file) {
    Map<String, Long> sorted = new TreeMap<>();
    CHECKED.forEach((k, v) -> sorted.put(k, v.sum()));
    StringBuilder text = new StringBuilder();
    long total = 0;
    for (var e : sorted.entrySet()) {
      text.append(e.getValue()).append('\t').append(e.getKey()).append('\n');
      total += e.getValue();
    }
    text.insert(0, "# " + total + " responses validated against openapi/openapi.yaml\n");
    try {
      Files.createDirectories(SUMMARY);
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
