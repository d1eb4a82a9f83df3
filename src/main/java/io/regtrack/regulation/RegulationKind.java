package io.regtrack.regulation;

import java.util.Set;

/**
 * Kinds of regulations, with their Vietnamese labels (DESIGN.md §2). The same constants as the
 * extraction core's kind enum: features do not depend on the extraction core, so the ingest
 * pipeline maps one onto the other by name.
 */
public enum RegulationKind {
  REGULATION("Quy định"),
  DIRECTIVE("Chỉ thị"),
  RESOLUTION("Nghị quyết"),
  GUIDANCE("Hướng dẫn"),
  CONCLUSION("Kết luận"),
  DECISION("Quyết định"),
  NOTICE("Thông báo"),
  PLAN("Kế hoạch"),
  RULES("Quy chế"),
  DECREE("Nghị định"),
  CIRCULAR("Thông tư"),
  LAW("Luật"),
  OFFICIAL_LETTER("Công văn"),
  OTHER("Văn bản");

  private final String label;

  RegulationKind(String label) {
    this.label = label;
  }

  /** The Vietnamese word for the kind, e.g. "Quy định". */
  public String label() {
    return label;
  }

  /**
   * The kinds a short mention of this kind may denote in the registry: the Party code "QĐ" serves
   * both Quy định and Quyết định, so "Quyết định số 58" may be Quy định 58-QĐ/TW and vice versa.
   */
  Set<RegulationKind> family() {
    return this == REGULATION || this == DECISION ? Set.of(REGULATION, DECISION) : Set.of(this);
  }
}
