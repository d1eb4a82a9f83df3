package io.regtrack.extraction.model;

/** Kinds of cited instruments, with their Vietnamese labels (DESIGN.md §2). */
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
}
