package io.regtrack.regulation;

import org.eclipse.microprofile.graphql.Description;

/** Relations between regulations that articles state. The source is the acting regulation. */
@Description(
    "A relation between regulations that articles state; the source is the acting regulation")
public enum RelationType {
  /** Source replaces target: "Quy định số 58 … thay thế Quy định số 126". */
  @Description("Source replaces target: \"… thay thế Quy định số 126\"")
  REPLACES,
  /** Source guides or implements target: "Hướng dẫn số 01 … thực hiện Quy định số 58". */
  @Description("Source guides or implements target: \"Hướng dẫn số 01 … thực hiện Quy định số 58\"")
  GUIDES,
  /** Source amends target. */
  @Description("Source amends target (sửa đổi, bổ sung)")
  AMENDS,
  /** Source was issued with target: "Quy chế … ban hành kèm theo Quyết định số 244". */
  @Description("Source was issued with target: \"ban hành kèm theo Quyết định số 244\"")
  ISSUED_WITH
}
