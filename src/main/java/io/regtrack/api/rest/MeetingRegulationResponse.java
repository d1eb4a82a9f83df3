package io.regtrack.api.rest;

import io.regtrack.meeting.MeetingRegulationRole;

/**
 * A regulation a meeting dealt with (DESIGN.md §4).
 *
 * @param role DISSEMINATED, REVIEWED or DISCUSSED
 * @param regulation the regulation
 */
public record MeetingRegulationResponse(
    MeetingRegulationRole role, RegulationResponse regulation) {}
