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
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person at a meeting as one report states it. */
@Entity
@Table(name = "meeting_participant")
class MeetingParticipant extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "meeting_id", nullable = false)
  long meetingId;

  @Column(name = "report_id", nullable = false)
  long reportId;

  @Column(name = "person_id", nullable = false)
  long personId;

  @Column(nullable = false)
  int ordinal;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  ParticipantRole role;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false)
  List<String> positions;
}
