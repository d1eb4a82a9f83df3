package io.regtrack.api.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.regtrack.Articles;
import io.regtrack.TestKeys;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;

@QuarkusTest
class ConcurrentIngestTest {
  private static final int CLIENTS = 16;

  @RepeatedTest(3)
  void sixteenConcurrentPostsOfOneArticleCreateOneRow() throws Exception {
    String text = Articles.unique();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<Response>> futures = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        Callable<Response> call =
            () -> {
              start.await();
              return given()
                  .header("Authorization", TestKeys.EDITOR)
                  .contentType("text/plain; charset=utf-8")
                  .body(text)
                  .post("/api/v1/documents");
            };
        futures.add(pool.submit(call));
      }
      start.countDown();
      List<Response> responses = new ArrayList<>();
      for (Future<Response> f : futures) {
        responses.add(f.get());
      }
      assertThat(responses).extracting(Response::statusCode).containsOnly(200, 201);
      assertThat(responses).filteredOn(r -> r.statusCode() == 201).hasSize(1);
      assertThat(responses)
          .extracting(r -> r.jsonPath().getLong("id"))
          .containsOnly(responses.get(0).jsonPath().getLong("id"));
      String hash = responses.get(0).jsonPath().getString("contentHash");
      assertThat(DocumentCounter.countWithHash(hash)).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
