package io.regtrack.extraction.model;

/** What a meeting did. */
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
