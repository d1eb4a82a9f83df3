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
import java.time.Instant;
import java.time.LocalDate;

/**
 * A meeting with the fields merged from all its reports ({@link MeetingReport}). Never leaves the
 * {@code meeting} package.
 */
@Entity
@Table(name = "meeting")
class Meeting extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

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

  @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
  Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  Instant updatedAt;
}
