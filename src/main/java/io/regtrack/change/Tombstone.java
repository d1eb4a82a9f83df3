package io.regtrack.change;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.regtrack.shared.id.NodeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Generated;

/**
 * The record that an object was deleted. Never leaves the {@code change} package; others speak
 * {@link TombstoneView}.
 */
@Entity
@Table(name = "tombstone")
class Tombstone extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "entity_type", nullable = false)
  NodeType entityType;

  @Column(name = "entity_id", nullable = false)
  long entityId;

  /** Set by the database (the deleting transaction's start time). */
  @Generated
  @Column(name = "deleted_at", nullable = false, insertable = false, updatable = false)
  Instant deletedAt;
}
