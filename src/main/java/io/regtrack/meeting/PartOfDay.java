package io.regtrack.meeting;

/** "Sáng", "Chiều", "Tối". */
public enum PartOfDay {
  MORNING,
  AFTERNOON,
  EVENING
}
