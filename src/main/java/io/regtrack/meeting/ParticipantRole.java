package io.regtrack.meeting;

import org.eclipse.microprofile.graphql.Description;

/**
 * A person's role at a meeting, strongest first: when reports disagree, the strongest role any
 * report states wins.
 */
@Description(
    "A person's role at a meeting; when reports disagree, the strongest any report states (CHAIR, then SPEAKER, then ATTENDEE)")
public enum ParticipantRole {
  /** "chủ trì", "cùng chủ trì". */
  @Description("Chaired or co-chaired: \"chủ trì\", \"cùng chủ trì\"")
  CHAIR,
  /** Presented, reported or spoke. */
  @Description("Presented, reported or spoke")
  SPEAKER,
  /** "dự", "tham dự". */
  @Description("Attended: \"dự\", \"tham dự\"")
  ATTENDEE
}
