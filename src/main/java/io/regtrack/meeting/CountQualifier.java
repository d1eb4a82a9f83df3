package io.regtrack.meeting;

import org.eclipse.microprofile.graphql.Description;

/** How exact a stated attendee count is: "hơn 6.500" is MORE_THAN, "gần 400" ABOUT. */
@Description("How exact a stated attendee count is")
public enum CountQualifier {
  @Description("The count as stated: \"600 đại biểu\"")
  EXACT,
  @Description("At least the count: \"hơn\", \"trên\"")
  MORE_THAN,
  @Description("Around the count: \"gần\", \"khoảng\"")
  ABOUT,
  @Description("Below the count: \"dưới\"")
  LESS_THAN
}
