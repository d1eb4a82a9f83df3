package io.regtrack.job;

/** This instance already has {@code regtrack.jobs.max-pending} jobs queued or running. */
public final class JobQueueFullException extends RuntimeException {
  public JobQueueFullException(int maxPending) {
    super(
        "This server already has "
            + maxPending
            + " jobs queued or running; try again when some have finished");
  }
}
