package io.regtrack.meeting;

/**
 * A meeting as seen from a regulation it dealt with.
 *
 * @param meeting the meeting
 * @param role what it did with the regulation (the role most reports state)
 */
public record RegulationMeeting(MeetingSummary meeting, MeetingRegulationRole role) {}
