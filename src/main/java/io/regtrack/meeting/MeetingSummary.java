package io.regtrack.meeting;

import io.regtrack.province.ProvinceView;
import java.time.LocalDate;

/**
 * A meeting's own fields, merged from all its reports, without participants, regulations and
 * documents (see {@link MeetingDetail} for the meaning of each field).
 *
 * @param organizerId the organizing body's id, or {@code null}
 */
public record MeetingSummary(
    long id,
    String title,
    MeetingKind kind,
    LocalDate date,
    boolean dateInferred,
    String datePartial,
    PartOfDay partOfDay,
    ProvinceView province,
    ProvinceView provinceToday,
    String location,
    Long organizerId,
    boolean online,
    Integer bridgePoints,
    Integer attendeeCount,
    CountQualifier attendeeCountQualifier) {}
