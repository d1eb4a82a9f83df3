package io.regtrack.meeting;

import org.eclipse.microprofile.graphql.Description;

/** "Sáng", "Chiều", "Tối". */
@Description("The part of the day a meeting was held in, as the report states it")
public enum PartOfDay {
  @Description("\"Sáng\"")
  MORNING,
  @Description("\"Chiều\"")
  AFTERNOON,
  @Description("\"Tối\"")
  EVENING
}
