package io.regtrack.meeting;

/**
 * What a meeting did (DESIGN.md §2). The same constants as the extraction core's kind enum: the
 * ingest pipeline maps one onto the other by name.
 */
public enum MeetingKind {
  /** quán triệt, triển khai, phổ biến, học tập. */
  DISSEMINATION,
  /** tổng kết, sơ kết. */
  REVIEW,
  /** "đánh giá N năm thực hiện". */
  EVALUATION,
  /** kiểm tra, đoàn kiểm tra. */
  INSPECTION,
  OTHER
}
