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
    long id,
    JobKind kind,
    JobState state,
    int total,
    int done,
    int failed,
    List<JobErrorResponse> errors,
    String createdBy,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt) {

  /**
   * One failure.
   *
   * @param item what failed: {@code "line 3"} of an NDJSON import, the entry name of a zip import,
   *     {@code "document 12"} of a re-extraction; {@code null} for the job as a whole
   */
  @Schema(name = "JobError")
  public record JobErrorResponse(String item, String message) {}

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
