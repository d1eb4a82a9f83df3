package io.regtrack.meeting;

/**
 * A person's role at a meeting, strongest first: when reports disagree, the strongest role any
 * report states wins.
 */
public enum ParticipantRole {
  /** "chủ trì", "cùng chủ trì". */
  CHAIR,
  /** Presented, reported or spoke. */
  SPEAKER,
  /** "dự", "tham dự". */
  ATTENDEE
}
