package io.regtrack.regulation;

/** Relations between regulations that articles state. The source is the acting regulation. */
public enum RelationType {
  /** Source replaces target: "Quy định số 58 … thay thế Quy định số 126". */
  REPLACES,
  /** Source guides or implements target: "Hướng dẫn số 01 … thực hiện Quy định số 58". */
  GUIDES,
  /** Source amends target. */
  AMENDS,
  /** Source was issued with target: "Quy chế … ban hành kèm theo Quyết định số 244". */
  ISSUED_WITH
}
