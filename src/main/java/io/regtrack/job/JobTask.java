package io.regtrack.job;

/**
 * The work of a job, run on a worker thread with a request context active and no transaction: it
 * processes its items one by one, each in a transaction of its own, and reports each to {@link
 * JobProgress}. An exception it lets escape ends the job {@code FAILED}.
 */
@FunctionalInterface
public interface JobTask {
  void run(JobProgress progress);
}
