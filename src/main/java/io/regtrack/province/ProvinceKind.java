package io.regtrack.province;

import org.eclipse.microprofile.graphql.Description;

/** A province (tỉnh) or a centrally-run city (thành phố trực thuộc trung ương). */
@Description("A province (tỉnh) or a centrally-run city (thành phố trực thuộc trung ương)")
public enum ProvinceKind {
  @Description("A province (tỉnh)")
  PROVINCE,
  @Description("A centrally-run city (thành phố trực thuộc trung ương)")
  CITY
}
