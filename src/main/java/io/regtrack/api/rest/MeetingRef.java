package io.regtrack.api.rest;

import io.regtrack.meeting.MeetingKind;
import io.regtrack.meeting.MeetingSummary;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A meeting's own main fields, without participants, regulations and documents (a search hit;
 * {@code GET /api/v1/meetings/{id}} has the rest).
 *
 * @param id meeting id
 * @param title the title
 * @param kind the kind
 * @param date the date, or null
 * @param province the province as at the meeting's date, or null
 * @param provinceToday the same place after the 1 July 2025 merger, or null
 * @param location the venue, or null
 */
public record MeetingRef(
    @Schema(description = "Meeting id") long id,
    @Schema(description = "The title") String title,
    @Schema(description = "The kind") MeetingKind kind,
    @Schema(description = "The date, or null", nullable = true) LocalDate date,
    @Schema(description = "The province as at the meeting's date, or null", nullable = true)
        String province,
    @Schema(description = "The same place after the 1 July 2025 merger, or null", nullable = true)
        String provinceToday,
    @Schema(description = "The venue, or null", nullable = true) String location) {
  static MeetingRef of(MeetingSummary m) {
    return new MeetingRef(
        m.id(),
        m.title(),
        m.kind(),
        m.date(),
        m.province() == null ? null : m.province().name(),
        m.provinceToday() == null ? null : m.provinceToday().name(),
        m.location());
  }
}
