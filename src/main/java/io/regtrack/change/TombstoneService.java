package io.regtrack.change;

import io.regtrack.shared.id.NodeType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Tombstones: one per deleted document, meeting, regulation or person (also one merged into
 * another), the lasting record that the object is gone. The sync feed ({@link ChangeService})
 * reports the same deletions from the change log, which its triggers write.
 */
@ApplicationScoped
public class TombstoneService {
  /** The types a tombstone may name (the table's check constraint). */
  public static final Set<NodeType> TYPES =
      EnumSet.of(
          NodeType.Document,
          NodeType.Meeting,
          NodeType.Regulation,
          NodeType.Person,
          NodeType.Citation);

  private final EntityManager em;

  public TombstoneService(EntityManager em) {
    this.em = em;
  }

  /**
   * Records that the object was deleted. Joins the caller's transaction: the tombstone commits with
   * the deletion or not at all.
   *
   * @throws IllegalArgumentException for a type that has no tombstones (organizations, provinces)
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(NodeType type, long id) {
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("No tombstones for " + type);
    }
    Tombstone t = new Tombstone();
    t.entityType = type;
    t.entityId = id;
    t.persist();
  }

  /** {@link #record} for each id, in the order given. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordAll(NodeType type, Collection<Long> ids) {
    ids.forEach(id -> record(type, id));
  }

  /**
   * Tombstones deleted at or after {@code since} (inclusive, so that a reader passing the last time
   * it saw loses nothing that shares that instant), oldest first, then by id; at most {@code
   * limit}.
   *
   * @param since {@code null} for all
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<TombstoneView> list(Instant since, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    var query =
        since == null
            ? em.createQuery(
                "select t from Tombstone t order by t.deletedAt, t.id", Tombstone.class)
            : em.createQuery(
                    "select t from Tombstone t where t.deletedAt >= :since"
                        + " order by t.deletedAt, t.id",
                    Tombstone.class)
                .setParameter("since", since);
    return query.setMaxResults(limit).getResultStream().map(TombstoneView::of).toList();
  }
}
