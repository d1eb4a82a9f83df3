package io.regtrack.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.regtrack.job.JobView.JobError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stores jobs and their progress. Every progress update is an atomic SQL update in a transaction of
 * its own, committed at once, so that {@code GET /api/v1/admin/jobs/{id}} shows it while the job
 * runs and an item's failure never undoes the counting of the others.
 */
@ApplicationScoped
public class JobService {
  /** Longest stored error message and item name, in characters. */
  static final int MAX_MESSAGE = 500;

  static final int MAX_ITEM = 200;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Appends {@code {item, message}} to {@code errors} while it holds fewer than {@code :cap}. */
  private static final String APPEND_ERROR =
      """
      errors = case when jsonb_array_length(errors) < :cap
                    then errors || jsonb_build_array(jsonb_build_object(
                           'item', cast(:item as text), 'message', cast(:message as text)))
                    else errors end
      """;

  private final EntityManager em;
  private final JobConfig config;

  public JobService(EntityManager em, JobConfig config) {
    this.em = em;
    this.config = config;
  }

  /** A new {@code QUEUED} job. */
  @Transactional
  public JobView create(JobKind kind, int total, String createdBy) {
    Job job = new Job();
    job.kind = kind;
    job.state = JobState.QUEUED;
    job.total = Math.max(0, total);
    job.createdBy = createdBy;
    job.persist();
    em.flush();
    em.refresh(job);
    return view(job, List.of());
  }

  /** The job, if it exists. */
  @Transactional
  public Optional<JobView> find(long id) {
    return Job.<Job>findByIdOptional(id).map(j -> view(j, errors(id)));
  }

  /**
   * Moves a queued job to {@code RUNNING}.
   *
   * @return {@code false} when the job is no longer queued (a sweep marked it failed)
   */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean start(long id) {
    return em.createNativeQuery(
                """
                update job set state = 'RUNNING', started_at = now(), heartbeat_at = now()
                where id = :id and state = 'QUEUED'
                """)
            .setParameter("id", id)
            .executeUpdate()
        > 0;
  }

  /** Sets the number of items, once a job has counted them. */
  @Transactional(TxType.REQUIRES_NEW)
  public void total(long id, int total) {
    em.createNativeQuery("update job set total = :total, heartbeat_at = now() where id = :id")
        .setParameter("total", Math.max(0, total))
        .setParameter("id", id)
        .executeUpdate();
  }

  /** Counts an item that succeeded. */
  @Transactional(TxType.REQUIRES_NEW)
  public void succeeded(long id) {
    em.createNativeQuery("update job set done = done + 1, heartbeat_at = now() where id = :id")
        .setParameter("id", id)
        .executeUpdate();
  }

  /** Counts an item that failed, listing it among the first failures. */
  @Transactional(TxType.REQUIRES_NEW)
  public void failed(long id, String item, String message) {
    em.createNativeQuery(
            "update job set failed = failed + 1, heartbeat_at = now(), "
                + APPEND_ERROR
                + " where id = :id")
        .setParameter("cap", config.maxErrors())
        .setParameter("item", cut(item, MAX_ITEM))
        .setParameter("message", cut(message, MAX_MESSAGE))
        .setParameter("id", id)
        .executeUpdate();
  }

  /**
   * Ends a queued or running job.
   *
   * @param message why the job failed, listed as an error of the job as a whole; {@code null} for
   *     none
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void finish(long id, JobState state, String message) {
    if (!state.finished()) {
      throw new IllegalArgumentException("not a final state: " + state);
    }
    var update =
        em.createNativeQuery(
                "update job set state = :state, finished_at = now()"
                    + (message == null ? "" : ", " + APPEND_ERROR.replace(":cap", ":cap + 1"))
                    + " where id = :id and state in ('QUEUED', 'RUNNING')")
            .setParameter("state", state.name())
            .setParameter("id", id);
    if (message != null) {
      // One more than the cap: the job's own error is listed even after many item errors.
      update
          .setParameter("cap", config.maxErrors())
          .setParameter("item", null)
          .setParameter("message", cut(message, MAX_MESSAGE));
    }
    update.executeUpdate();
  }

  /** Refreshes the heartbeat of these jobs, where still queued or running. */
  @Transactional(TxType.REQUIRES_NEW)
  public void heartbeat(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return;
    }
    em.createNativeQuery(
            "update job set heartbeat_at = now()"
                + " where id in (:ids) and state in ('QUEUED', 'RUNNING')")
        .setParameter("ids", List.copyOf(ids))
        .executeUpdate();
  }

  /**
   * Marks {@code FAILED} every queued or running job whose heartbeat is older than {@code
   * staleAfter}: its instance stopped without finishing it.
   *
   * @return the ids of the jobs marked
   */
  @Transactional(TxType.REQUIRES_NEW)
  public List<Long> abandonStale(Duration staleAfter) {
    List<?> rows =
        em.createNativeQuery(
                "update job set state = 'FAILED', finished_at = now(), "
                    + APPEND_ERROR.replace(":cap", ":cap + 1")
                    + " where state in ('QUEUED', 'RUNNING')"
                    + " and heartbeat_at < now() - make_interval(secs => :seconds)"
                    + " returning id")
            .setParameter("cap", config.maxErrors())
            .setParameter("item", null)
            .setParameter(
                "message",
                "The instance running this job stopped before it finished (no heartbeat for "
                    + staleAfter.toSeconds()
                    + " s); start it again")
            .setParameter("seconds", (double) staleAfter.toMillis() / 1000)
            .getResultList();
    List<Long> ids = new ArrayList<>();
    rows.forEach(r -> ids.add(((Number) r).longValue()));
    return ids;
  }

  private List<JobError> errors(long id) {
    String json =
        (String)
            em.createNativeQuery("select errors::text from job where id = :id")
                .setParameter("id", id)
                .getSingleResult();
    JsonNode tree;
    try {
      tree = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("job " + id + ": unreadable errors", e);
    }
    List<JobError> out = new ArrayList<>();
    for (JsonNode e : tree) {
      JsonNode item = e.get("item");
      out.add(
          new JobError(
              item == null || item.isNull() ? null : item.asText(), e.path("message").asText()));
    }
    return out;
  }

  private static JobView view(Job j, List<JobError> errors) {
    return new JobView(
        j.id,
        j.kind,
        j.state,
        j.total,
        j.done,
        j.failed,
        List.copyOf(errors),
        j.createdBy,
        j.createdAt,
        j.startedAt,
        j.finishedAt);
  }

  private static String cut(String s, int max) {
    if (s == null) {
      return null;
    }
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
