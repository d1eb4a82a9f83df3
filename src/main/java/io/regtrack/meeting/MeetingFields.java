package io.regtrack.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;

/**
 * The fields a meeting has, shared by the merged {@link Meeting} and each article's {@link
 * MeetingReport} of it (same columns in both tables).
 */
@MappedSuperclass
abstract class MeetingFields extends PanacheEntityBase {
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
