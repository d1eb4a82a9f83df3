package io.regtrack.job;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A background job. Never leaves the {@code job} package. Counters, state changes and the {@code
 * errors} jsonb column (not mapped) are written with SQL, so that progress updates are atomic.
 */
@Entity
@Table(name = "job")
class Job extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  JobKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  JobState state;

  int total;
  int done;
  int failed;

  @Column(name = "created_by")
  String createdBy;

  @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
  Instant createdAt;

  @Column(name = "started_at")
  Instant startedAt;

  @Column(name = "finished_at")
  Instant finishedAt;

  @Column(name = "heartbeat_at", nullable = false, insertable = false)
  Instant heartbeatAt;
}
