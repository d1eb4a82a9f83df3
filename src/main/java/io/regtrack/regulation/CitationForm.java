package io.regtrack.regulation;

import org.eclipse.microprofile.graphql.Description;

/** How a citation names its regulation. */
@Description("How a citation names its regulation")
public enum CitationForm {
  /** Kind, number and symbol: "Quy định số 58-QĐ/TW". */
  @Description("Kind, number and symbol: \"Quy định số 58-QĐ/TW\"")
  FULL,
  /** Kind and number without a symbol: "Quy định 58", "Chỉ thị số 39". */
  @Description("Kind and number without a symbol: \"Quy định 58\", \"Chỉ thị số 39\"")
  SHORT,
  /** A named instrument: "Nghị quyết Trung ương 4 (khóa XII)". */
  @Description("A named instrument: \"Nghị quyết Trung ương 4 (khóa XII)\"")
  NAMED
}
