package io.regtrack.meeting;

import org.eclipse.microprofile.graphql.Description;

/**
 * What a meeting did (DESIGN.md §2). The same constants as the extraction core's kind enum: the
 * ingest pipeline maps one onto the other by name.
 */
@Description("What a meeting did")
public enum MeetingKind {
  /** quán triệt, triển khai, phổ biến, học tập. */
  @Description("Disseminated or studied documents: quán triệt, triển khai, phổ biến, học tập")
  DISSEMINATION,
  /** tổng kết, sơ kết. */
  @Description("Reviewed the implementation of a document: tổng kết, sơ kết")
  REVIEW,
  /** "đánh giá N năm thực hiện". */
  @Description("Evaluated years of implementation: \"đánh giá N năm thực hiện\"")
  EVALUATION,
  /** kiểm tra, đoàn kiểm tra. */
  @Description("An inspection: kiểm tra, đoàn kiểm tra")
  INSPECTION,
  @Description("Any other meeting")
  OTHER
}
