package io.regtrack.extraction.model;

/** Relations between regulations that articles state. The source is the acting instrument. */
public enum RelationType {
  /** Source replaces target: "Quy định số 58 … thay thế Quy định số 126". */
  REPLACES,
  /** Source guides or implements target: "Hướng dẫn số 01 … thực hiện Quy định số 58". */
  GUIDES,
  /** Source amends target: "A được sửa đổi, bổ sung bởi B" (B amends A). */
  AMENDS,
  /** Source was issued with target: "Quy chế số X ban hành kèm theo Quyết định số Y". */
  ISSUED_WITH
}
