package io.regtrack.job;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Runs jobs on a dedicated pool of {@code regtrack.jobs.threads} worker threads, in the order they
 * were accepted, and keeps their rows alive.
 *
 * <p><b>Heartbeat and crashes.</b> Every {@code regtrack.jobs.heartbeat-interval} the instance
 * refreshes the heartbeat of the jobs it has queued or running, then marks {@code FAILED} every
 * queued or running job — of any instance — whose heartbeat is older than {@code
 * regtrack.jobs.stale-after}; it sweeps once at start-up too. So a job whose instance crashed, was
 * killed or restarted is marked failed (with an error saying so) within about {@code stale-after},
 * and running instances never touch each other's jobs. Jobs are not resumed: an import's payload
 * lived only in the memory of the instance that accepted it, and a re-extraction is simply started
 * again (it is idempotent and picks up the documents still below the current extractor version). A
 * graceful shutdown marks its unfinished jobs failed at once.
 */
@ApplicationScoped
public class JobRunner {
  private static final Logger LOG = Logger.getLogger(JobRunner.class);

  static final String UNEXPECTED = "The job stopped on an unexpected error (see the server log)";
  static final String SHUTDOWN = "The server shut down before the job finished; start it again";

  private final JobService jobs;
  private final JobConfig config;

  /** Jobs of this instance that are queued or running. */
  private final Set<Long> pending = ConcurrentHashMap.newKeySet();

  private ExecutorService workers;
  private ScheduledExecutorService heartbeat;

  public JobRunner(JobService jobs, JobConfig config) {
    this.jobs = jobs;
    this.config = config;
  }

  @PostConstruct
  void init() {
    workers = Executors.newFixedThreadPool(Math.max(1, config.threads()), named("regtrack-job-"));
    heartbeat = Executors.newSingleThreadScheduledExecutor(named("regtrack-job-heartbeat-"));
  }

  void onStart(@Observes StartupEvent event) {
    long every = Math.max(1, config.heartbeatInterval().toMillis());
    heartbeat.scheduleWithFixedDelay(this::beat, 0, every, TimeUnit.MILLISECONDS);
  }

  void onStop(@Observes ShutdownEvent event) {
    heartbeat.shutdownNow();
    workers.shutdownNow();
    try {
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (long id : List.copyOf(pending)) {
      try {
        jobs.finish(id, JobState.FAILED, SHUTDOWN);
      } catch (RuntimeException e) {
        LOG.warnf("Job %d: could not mark it failed at shutdown (%s)", id, e.getMessage());
      }
    }
  }

  /**
   * Accepts a job: stores it {@code QUEUED} and hands it to a worker.
   *
   * @param total the number of items when known now, else 0 (the task sets it)
   * @param createdBy the name of the API key that asked for it
   * @throws JobQueueFullException when this instance has {@code regtrack.jobs.max-pending} jobs
   */
  public JobView submit(JobKind kind, String createdBy, int total, JobTask task) {
    if (pending.size() >= config.maxPending()) {
      throw new JobQueueFullException(config.maxPending());
    }
    JobView job = jobs.create(kind, total, createdBy);
    pending.add(job.id());
    try {
      workers.execute(() -> run(job.id(), task));
    } catch (RejectedExecutionException e) {
      pending.remove(job.id());
      jobs.finish(job.id(), JobState.FAILED, SHUTDOWN);
      return jobs.find(job.id()).orElse(job);
    }
    return job;
  }

  private void run(long id, JobTask task) {
    ManagedContext requestContext = Arc.container().requestContext();
    requestContext.activate();
    try {
      if (!jobs.start(id)) {
        return;
      }
      task.run(progress(id));
      jobs.finish(id, JobState.SUCCEEDED, null);
    } catch (RuntimeException | Error e) {
      LOG.errorf(e, "Job %d failed", id);
      try {
        jobs.finish(id, JobState.FAILED, UNEXPECTED);
      } catch (RuntimeException f) {
        LOG.errorf(f, "Job %d: could not mark it failed", id);
      }
    } finally {
      pending.remove(id);
      requestContext.terminate();
    }
  }

  private JobProgress progress(long id) {
    return new JobProgress() {
      @Override
      public void total(int total) {
        jobs.total(id, total);
      }

      @Override
      public void succeeded() {
        jobs.succeeded(id);
      }

      @Override
      public void failed(String item, String message) {
        jobs.failed(id, item, message);
      }
    };
  }

  /** Refreshes this instance's jobs, then fails the abandoned ones. */
  void beat() {
    try {
      jobs.heartbeat(Set.copyOf(pending));
      List<Long> abandoned = jobs.abandonStale(config.staleAfter());
      if (!abandoned.isEmpty()) {
        LOG.warnf("Jobs %s had no heartbeat for %s: marked FAILED", abandoned, config.staleAfter());
      }
    } catch (RuntimeException e) {
      LOG.warnf("Job heartbeat failed: %s", e.getMessage());
    }
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger next = new AtomicInteger(1);
    return r -> {
      Thread t = new Thread(r, prefix + next.getAndIncrement());
      t.setDaemon(true);
      return t;
    };
  }
}
