package io.regtrack.api.rest;

import io.regtrack.job.JobKind;
import io.regtrack.job.JobState;
import io.regtrack.job.JobView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A background job as {@code GET /api/v1/admin/jobs/{id}} returns it.
 *
 * @param total items to process; a re-extraction counts its documents when it starts (0 before)
 * @param done items that succeeded (an article that was already stored counts)
 * @param failed items that failed; the job is over when {@code done + failed == total} and {@code
 *     state} is {@code SUCCEEDED} or {@code FAILED}
 * @param errors the first failures (up to {@code regtrack.jobs.max-errors}), in order
 * @param createdBy the name of the API key that started the job
 */
public record JobResponse(
    @Schema(description = "Job id") long id,
    @Schema(
            description =
                "REEXTRACT (POST /api/v1/admin/reextract) or IMPORT (POST /api/v1/documents:batch)")
        JobKind kind,
    @Schema(
            description =
                "QUEUED (waiting for a worker), RUNNING, SUCCEEDED (every item processed, some may have failed) or FAILED (stopped before processing every item)")
        JobState state,
    @Schema(
            description =
                "Items to process; a re-extraction counts its documents when it starts (0 before)")
        int total,
    @Schema(description = "Items that succeeded (an article that was already stored counts)")
        int done,
    @Schema(
            description =
                "Items that failed; the job is over when done + failed == total and state is SUCCEEDED or FAILED")
        int failed,
    @Schema(description = "The first failures (up to regtrack.jobs.max-errors), in order")
        List<JobErrorResponse> errors,
    @Schema(description = "The name of the API key that started the job") String createdBy,
    @Schema(description = "When the job was accepted") Instant createdAt,
    @Schema(description = "When a worker started it, or null", nullable = true) Instant startedAt,
    @Schema(description = "When it ended, or null", nullable = true) Instant finishedAt) {

  /**
   * One failure.
   *
   * @param item what failed: {@code "line 3"} of an NDJSON import, the entry name of a zip import,
   *     {@code "document 12"} of a re-extraction; {@code null} for the job as a whole
   */
  @Schema(name = "JobError")
  public record JobErrorResponse(
      @Schema(
              description =
                  "What failed: \"line 3\" of an NDJSON import, the entry name of a zip import, \"document 12\" of a re-extraction; null for the job as a whole",
              nullable = true)
          String item,
      @Schema(description = "Why it failed") String message) {}

  static JobResponse of(JobView j) {
    return new JobResponse(
        j.id(),
        j.kind(),
        j.state(),
        j.total(),
        j.done(),
        j.failed(),
        j.errors().stream().map(e -> new JobErrorResponse(e.item(), e.message())).toList(),
        j.createdBy(),
        j.createdAt(),
        j.startedAt(),
        j.finishedAt());
  }
}
