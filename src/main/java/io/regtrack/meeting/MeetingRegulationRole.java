package io.regtrack.meeting;

import org.eclipse.microprofile.graphql.Description;

/**
 * What a meeting did with a regulation. When reports disagree, the role most reports state wins; a
 * tie goes to the first in this order.
 */
@Description(
    "What a meeting did with a regulation; when reports disagree, the role most reports state")
public enum MeetingRegulationRole {
  @Description("The meeting disseminated the regulation (quán triệt, triển khai)")
  DISSEMINATED,
  @Description("The meeting reviewed or evaluated its implementation (tổng kết, sơ kết)")
  REVIEWED,
  @Description("The meeting otherwise named the regulation")
  DISCUSSED
}
