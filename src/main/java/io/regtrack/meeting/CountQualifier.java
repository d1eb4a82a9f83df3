package io.regtrack.meeting;

/** How exact a stated attendee count is: "hơn 6.500" is MORE_THAN, "gần 400" ABOUT. */
public enum CountQualifier {
  EXACT,
  MORE_THAN,
  ABOUT,
  LESS_THAN
}
