package io.regtrack.api.rest;

import io.regtrack.meeting.MeetingRegulationRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A regulation a meeting dealt with (DESIGN.md §4).
 *
 * @param role DISSEMINATED, REVIEWED or DISCUSSED
 * @param regulation the regulation
 */
public record MeetingRegulationResponse(
    @Schema(description = "DISSEMINATED, REVIEWED or DISCUSSED") MeetingRegulationRole role,
    @Schema(description = "The regulation") RegulationResponse regulation) {}
