package io.regtrack.change;

import io.regtrack.shared.id.NodeType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** The SQL of the change log ({@code change_log}, V3__change_log.sql). */
@ApplicationScoped
class ChangeQueries {
  private final EntityManager em;

  ChangeQueries(EntityManager em) {
    this.em = em;
  }

  /**
   * The bounds of the current snapshot, and where a read from {@code since} starts.
   *
   * @param xmin the oldest transaction id still running: every transaction below it has finished,
   *     so the log holds all the rows it will ever hold below it
   * @param xmax the first transaction id not assigned yet: no row of the log has a larger one
   * @param start for a read from an instant, the first transaction to read: the smallest {@code tx}
   *     of a row changed at or after the instant, or {@code xmin} if smaller (a transaction still
   *     running may yet commit such a row); {@code null} without an instant
   */
  record Snapshot(long xmin, long xmax, Long start) {}

  /** The snapshot bounds, and with {@code since} the start of a read from it, in one statement. */
  Snapshot snapshot(Instant since) {
    String bounds = "pg_snapshot_xmin(s)::text::bigint, pg_snapshot_xmax(s)::text::bigint";
    Object[] row;
    if (since == null) {
      row =
          (Object[])
              em.createNativeQuery("select " + bounds + " from pg_current_snapshot() s")
                  .getSingleResult();
    } else {
      row =
          (Object[])
              em.createNativeQuery(
                      "select "
                          + bounds
                          + ", (select min(c.tx) from change_log c where c.changed_at >= :since)"
                          + " from pg_current_snapshot() s")
                  .setParameter("since", since.atOffset(ZoneOffset.UTC))
                  .getSingleResult();
    }
    long xmin = ((Number) row[0]).longValue();
    long xmax = ((Number) row[1]).longValue();
    Long start = null;
    if (since != null) {
      start = row[2] == null ? xmin : Math.min(xmin, ((Number) row[2]).longValue());
    }
    return new Snapshot(xmin, xmax, start);
  }

  /** A row of the log. */
  record Row(long tx, long seq, Change change) {}

  /**
   * Up to {@code max} rows after {@code after} in (tx, seq) order whose transaction is below {@code
   * xmin}.
   */
  List<Row> after(FeedPosition after, long xmin, int max) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                """
                select tx, seq, entity_type, entity_id, action, changed_at from change_log
                where (tx, seq) > (:tx, :seq) and tx < :xmin
                order by tx, seq
                limit :max
                """)
            .setParameter("tx", after.tx())
            .setParameter("seq", after.seq())
            .setParameter("xmin", xmin)
            .setParameter("max", max)
            .getResultList();
    List<Row> out = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      out.add(
          new Row(
              ((Number) r[0]).longValue(),
              ((Number) r[1]).longValue(),
              new Change(
                  NodeType.valueOf((String) r[2]),
                  ((Number) r[3]).longValue(),
                  ChangeAction.valueOf((String) r[4]),
                  instant(r[5]))));
    }
    return out;
  }

  /**
   * Appends an UPDATED row for each object that has no row of this transaction yet (a row the
   * transaction already has says as much or more: CREATED, UPDATED or DELETED).
   */
  void appendUpdated(NodeType type, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return;
    }
    em.createNativeQuery(
            """
            insert into change_log (entity_type, entity_id, action)
            select :type, id, 'UPDATED' from unnest(cast(:ids as bigint[])) as u(id) order by id
            on conflict (tx, entity_type, entity_id) do nothing
            """)
        .setParameter("type", type.name())
        .setParameter(
            "ids",
            ids.stream()
                .distinct()
                .sorted()
                .map(String::valueOf)
                .collect(Collectors.joining(",", "{", "}")))
        .executeUpdate();
  }

  /**
   * Logs objects deleted and created again under the same id in this transaction as updated (the
   * trigger left the net action of the two at DELETED).
   */
  void appendRecreated(NodeType type, long id) {
    em.createNativeQuery(
            """
            insert into change_log (entity_type, entity_id, action) values (:type, :id, 'UPDATED')
            on conflict (tx, entity_type, entity_id) do update set action = 'UPDATED'
                where change_log.action = 'DELETED'
            """)
        .setParameter("type", type.name())
        .setParameter("id", id)
        .executeUpdate();
  }

  private static Instant instant(Object value) {
    return switch (value) {
      case Instant i -> i;
      case OffsetDateTime o -> o.toInstant();
      case java.sql.Timestamp t -> t.toInstant();
      default -> throw new IllegalStateException("Unexpected timestamp " + value.getClass());
    };
  }
}
