package io.regtrack.province;

/** A province (tỉnh) or a centrally-run city (thành phố trực thuộc trung ương). */
public enum ProvinceKind {
  PROVINCE,
  CITY
}
