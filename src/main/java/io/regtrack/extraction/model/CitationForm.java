package io.regtrack.extraction.model;

/** How a mention names its regulation. */
public enum CitationForm {
  /** Kind, number and symbol: "Quy định số 58-QĐ/TW". */
  FULL,
  /** Kind and number without a symbol: "Quy định 58", "Chỉ thị số 39", "QĐ 142". */
  SHORT,
  /** A named instrument without number: "Nghị quyết Trung ương 4 (khóa XII)". Not emitted yet. */
  NAMED
}
