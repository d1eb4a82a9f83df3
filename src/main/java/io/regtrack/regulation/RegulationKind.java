package io.regtrack.regulation;

import java.util.Set;
import org.eclipse.microprofile.graphql.Description;

/**
 * Kinds of regulations, with their Vietnamese labels (DESIGN.md §2). The same constants as the
 * extraction core's kind enum: features do not depend on the extraction core, so the ingest
 * pipeline maps one onto the other by name.
 */
@Description("The kind of a regulation, after the word that names it")
public enum RegulationKind {
  @Description("Quy định")
  REGULATION("Quy định"),
  @Description("Chỉ thị")
  DIRECTIVE("Chỉ thị"),
  @Description("Nghị quyết")
  RESOLUTION("Nghị quyết"),
  @Description("Hướng dẫn")
  GUIDANCE("Hướng dẫn"),
  @Description("Kết luận")
  CONCLUSION("Kết luận"),
  @Description("Quyết định")
  DECISION("Quyết định"),
  @Description("Thông báo")
  NOTICE("Thông báo"),
  @Description("Kế hoạch")
  PLAN("Kế hoạch"),
  @Description("Quy chế")
  RULES("Quy chế"),
  @Description("Nghị định")
  DECREE("Nghị định"),
  @Description("Thông tư")
  CIRCULAR("Thông tư"),
  @Description("Luật")
  LAW("Luật"),
  @Description("Công văn")
  OFFICIAL_LETTER("Công văn"),
  @Description("Any other document (văn bản)")
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
