package io.regtrack.meeting;

/**
 * What a meeting did with a regulation. When reports disagree, the role most reports state wins; a
 * tie goes to the first in this order.
 */
public enum MeetingRegulationRole {
  DISSEMINATED,
  REVIEWED,
  DISCUSSED
}
