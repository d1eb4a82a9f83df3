package io.regtrack.extraction.model;

/** What a meeting did with a regulation. */
public enum MeetingRegulationRole {
  DISSEMINATED,
  REVIEWED,
  DISCUSSED
}
