package io.regtrack.job;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Background job settings. */
@ConfigMapping(prefix = "regtrack.jobs")
public interface JobConfig {

  /**
   * Worker threads per instance. Jobs beyond them wait, {@code QUEUED}, in the order they were
   * accepted. Each item of a job (a document, an article) runs in a transaction of its own.
   */
  @WithDefault("1")
  int threads();

  /**
   * Jobs an instance accepts before it answers 503: those queued or running there. A bulk import
   * keeps its request body in memory until it has run.
   */
  @WithDefault("16")
  int maxPending();

  /** Failures listed in a job's {@code errors} (its {@code failed} counter counts them all). */
  @WithDefault("100")
  int maxErrors();

  /** How often an instance refreshes the heartbeat of its jobs and sweeps abandoned ones. */
  @WithDefault("30S")
  Duration heartbeatInterval();

  /**
   * A queued or running job whose heartbeat is older than this is abandoned (its instance crashed
   * or was killed) and marked {@code FAILED}, at start-up and at every heartbeat. Keep it several
   * heartbeat intervals long.
   */
  @WithDefault("2M")
  Duration staleAfter();
}
