package io.regtrack.extraction.model;

/** A person's role at a meeting, as the text states it. */
public enum ParticipantRole {
  /** "chủ trì", "cùng chủ trì". */
  CHAIR,
  /** Presented, reported or spoke: "trình bày", "quán triệt", "phát biểu", "kết luận". */
  SPEAKER,
  /** "dự", "tham dự". */
  ATTENDEE
}
