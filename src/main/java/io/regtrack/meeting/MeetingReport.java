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
import java.time.LocalDate;

/** One document's report of a meeting, with the fields as that document states them. */
@Entity
@Table(name = "meeting_document")
class MeetingReport extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "meeting_id", nullable = false)
  long meetingId;

  @Column(name = "document_id", nullable = false)
  long documentId;

  @Column(name = "report_no", nullable = false)
  int reportNo;

  String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  MeetingKind kind;

  LocalDate date;

  @Column(name = "date_inferred", nullable = false)
  boolean dateInferred;

  @Column(name = "date_partial")
  String datePartial;

  @Enumerated(EnumType.STRING)
  @Column(name = "part_of_day")
  PartOfDay partOfDay;

  @Column(name = "province_id")
  Long provinceId;

  @Column(name = "province_today_id")
  Long provinceTodayId;

  String location;

  @Column(name = "organizer_id")
  Long organizerId;

  @Column(nullable = false)
  boolean online;

  @Column(name = "bridge_points")
  Integer bridgePoints;

  @Column(name = "attendee_count")
  Integer attendeeCount;

  @Enumerated(EnumType.STRING)
  @Column(name = "attendee_count_qualifier")
  CountQualifier attendeeCountQualifier;
}
