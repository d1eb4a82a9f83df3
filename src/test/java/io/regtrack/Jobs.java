package io.regtrack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Polling background jobs through {@code GET /api/v1/admin/jobs/{id}} (tests only). */
public final class Jobs {
  /** Generous: the machine is shared; nothing here asserts speed. */
  private static final Duration TIMEOUT = Duration.ofMinutes(5);

  private Jobs() {}

  /** The job as the API returns it now. */
  public static JsonPath get(long id) {
    return given()
        .header("Authorization", TestKeys.EDITOR)
        .get("/api/v1/admin/jobs/" + id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /**
   * Polls the job until it has finished; checks on the way that its progress never goes back and
   * never passes its total.
   *
   * @return the finished job
   */
  public static JsonPath awaitFinished(long id) {
    Instant deadline = Instant.now().plus(TIMEOUT);
    List<Integer> processed = new ArrayList<>();
    while (true) {
      JsonPath job = get(id);
      int done = job.getInt("done");
      int failed = job.getInt("failed");
      String state = job.getString("state");
      if (!state.equals("QUEUED")) {
        assertThat(done + failed)
            .as("progress of job %d", id)
            .isLessThanOrEqualTo(job.getInt("total"));
      }
      if (!processed.isEmpty()) {
        assertThat(done + failed)
            .as("progress of job %d", id)
            .isGreaterThanOrEqualTo(processed.getLast());
      }
      processed.add(done + failed);
      if (state.equals("SUCCEEDED") || state.equals("FAILED")) {
        return job;
      }
      assertThat(Instant.now()).as("job %d still %s", id, state).isBefore(deadline);
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
