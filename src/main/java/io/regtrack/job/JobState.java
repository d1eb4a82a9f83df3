package io.regtrack.job;

/** Where a job is. A job whose items failed one by one still SUCCEEDS; see {@code failed}. */
public enum JobState {
  /** Accepted, waiting for a worker thread. */
  QUEUED,
  /** A worker is processing its items; {@code done} and {@code failed} grow. */
  RUNNING,
  /** Every item was processed (some may have failed). */
  SUCCEEDED,
  /** The job stopped before processing every item: an unexpected error, or its instance died. */
  FAILED;

  /** Whether the job has ended. */
  public boolean finished() {
    return this == SUCCEEDED || this == FAILED;
  }
}
