package io.regtrack.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.regtrack.Db;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Job rows: progress counters, the error cap, abandoned jobs, failing tasks. */
@QuarkusTest
class JobServiceTest {
  @Inject JobService jobs;
  @Inject JobRunner runner;
  @Inject JobConfig config;

  @Test
  void errorsAreCappedWhileFailedCountsThemAll() {
    long id = jobs.create(JobKind.IMPORT, 500, "test").id();
    assertThat(jobs.start(id)).isTrue();
    assertThat(jobs.start(id)).as("started once").isFalse();
    int failures = config.maxErrors() + 5;
    for (int i = 1; i <= failures; i++) {
      jobs.failed(id, "line " + i, "bad line " + i);
    }
    jobs.succeeded(id);
    JobView job = jobs.find(id).orElseThrow();
    assertThat(job.state()).isEqualTo(JobState.RUNNING);
    assertThat(job.failed()).isEqualTo(failures);
    assertThat(job.done()).isEqualTo(1);
    assertThat(job.errors()).hasSize(config.maxErrors());
    assertThat(job.errors().getFirst()).isEqualTo(new JobView.JobError("line 1", "bad line 1"));

    jobs.finish(id, JobState.FAILED, "stopped");
    job = jobs.find(id).orElseThrow();
    assertThat(job.state()).isEqualTo(JobState.FAILED);
    assertThat(job.finishedAt()).isNotNull();
    assertThat(job.errors()).hasSize(config.maxErrors() + 1);
    assertThat(job.errors().getLast()).isEqualTo(new JobView.JobError(null, "stopped"));

    jobs.finish(id, JobState.SUCCEEDED, null);
    assertThat(jobs.find(id).orElseThrow().state())
        .as("a finished job stays")
        .isEqualTo(JobState.FAILED);
  }

  @Test
  void longMessagesAreCut() {
    long id = jobs.create(JobKind.IMPORT, 1, "test").id();
    jobs.failed(id, "x".repeat(1000), "y".repeat(5000));
    JobView.JobError error = jobs.find(id).orElseThrow().errors().getFirst();
    assertThat(error.item()).hasSize(JobService.MAX_ITEM);
    assertThat(error.message()).hasSize(JobService.MAX_MESSAGE);
  }

  /** A job whose instance died (no heartbeat) is failed by the sweep; a live one is not. */
  @Test
  void jobsWithoutHeartbeatAreMarkedFailed() {
    long dead = jobs.create(JobKind.REEXTRACT, 0, "test").id();
    jobs.start(dead);
    long queuedDead = jobs.create(JobKind.IMPORT, 3, "test").id();
    long alive = jobs.create(JobKind.IMPORT, 3, "test").id();
    jobs.start(alive);
    Db.update(
        "update job set heartbeat_at = now() - interval '1 hour' where id in (?, ?)",
        dead,
        queuedDead);

    assertThat(jobs.abandonStale(Duration.ofMinutes(2)))
        .contains(dead, queuedDead)
        .doesNotContain(alive);

    JobView job = jobs.find(dead).orElseThrow();
    assertThat(job.state()).isEqualTo(JobState.FAILED);
    assertThat(job.finishedAt()).isNotNull();
    assertThat(job.errors())
        .singleElement()
        .satisfies(e -> assertThat(e.message()).contains("stopped"));
    assertThat(jobs.find(queuedDead).orElseThrow().state()).isEqualTo(JobState.FAILED);
    assertThat(jobs.find(alive).orElseThrow().state()).isEqualTo(JobState.RUNNING);
    jobs.finish(alive, JobState.SUCCEEDED, null);
  }

  @Test
  void aTaskThatThrowsEndsTheJobFailed() throws InterruptedException {
    CountDownLatch ran = new CountDownLatch(1);
    long id =
        runner
            .submit(
                JobKind.IMPORT,
                "test",
                2,
                progress -> {
                  progress.succeeded();
                  ran.countDown();
                  throw new IllegalStateException("boom");
                })
            .id();
    assertThat(ran.await(1, TimeUnit.MINUTES)).isTrue();
    JobView job = awaitFinished(id);
    assertThat(job.state()).isEqualTo(JobState.FAILED);
    assertThat(job.done()).isEqualTo(1);
    assertThat(job.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.item()).isNull();
              assertThat(e.message()).doesNotContain("boom").contains("unexpected error");
            });
  }

  private JobView awaitFinished(long id) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (true) {
      JobView job = jobs.find(id).orElseThrow();
      if (job.state().finished()) {
        return job;
      }
      assertThat(System.nanoTime()).as("job %d still %s", id, job.state()).isLessThan(deadline);
      Thread.sleep(50);
    }
  }
}
