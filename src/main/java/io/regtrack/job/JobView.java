package io.regtrack.job;

import java.time.Instant;
import java.util.List;

/**
 * A job as the job feature exposes it.
 *
 * @param total items to process (0 until a re-extraction has counted its documents)
 * @param done items processed successfully (an article that was already stored counts)
 * @param failed items that failed; each of the first ones is in {@code errors}
 * @param errors the first failures, in order (capped by {@code regtrack.jobs.max-errors})
 * @param createdBy name of the API key that started the job
 */
public record JobView(
    long id,
    JobKind kind,
    JobState state,
    int total,
    int done,
    int failed,
    List<JobError> errors,
    String createdBy,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt) {

  /**
   * One failure.
   *
   * @param item what failed: {@code "line 3"}, a zip entry's name, {@code "document 12"}; {@code
   *     null} for the job as a whole
   * @param message why, in words (never a class name or stack trace)
   */
  public record JobError(String item, String message) {}
}
