package io.regtrack.change;

import io.regtrack.shared.id.NodeType;
import java.time.Instant;

/**
 * A deleted object: its type (the GraphQL type name), its database id and when it was deleted.
 *
 * @param id the tombstone's own id (orders tombstones of one instant)
 */
public record TombstoneView(long id, NodeType entityType, long entityId, Instant deletedAt) {
  static TombstoneView of(Tombstone t) {
    return new TombstoneView(t.id, t.entityType, t.entityId, t.deletedAt);
  }
}
