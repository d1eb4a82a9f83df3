package io.regtrack.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A regulation a meeting dealt with, as one report states it. */
@Entity
@Table(name = "meeting_regulation")
class MeetingRegulation extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "meeting_id", nullable = false)
  long meetingId;

  @Column(name = "report_id", nullable = false)
  long reportId;

  @Column(name = "regulation_id", nullable = false)
  long regulationId;

  @Column(nullable = false)
  int ordinal;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  MeetingRegulationRole role;
}
