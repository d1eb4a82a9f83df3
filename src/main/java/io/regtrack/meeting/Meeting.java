package io.regtrack.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A meeting with the fields merged from all its reports ({@link MeetingReport}). Never leaves the
 * {@code meeting} package.
 */
@Entity
@Table(name = "meeting")
class Meeting extends MeetingFields {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
  Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  Instant updatedAt;
}
