package io.regtrack.extraction.model;

/** "Sáng", "Chiều", "Tối". */
public enum PartOfDay {
  MORNING,
  AFTERNOON,
  EVENING
}
