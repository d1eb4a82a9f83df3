package io.regtrack.api.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.regtrack.province.ProvinceEra;
import io.regtrack.province.ProvinceKind;
import io.regtrack.shared.id.GlobalId;
import io.regtrack.shared.id.NodeType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A provincial-level unit of the gazetteer.
 *
 * @param id province id
 * @param code ASCII slug ("soc-trang")
 * @param name canonical name ("Sóc Trăng")
 * @param kind PROVINCE or CITY (centrally-run city)
 * @param era PRE_2025 (merged on 1 July 2025), POST_2025 (created by the merger) or BOTH
 * @param today the unit it belongs to after the merger (itself when it continues)
 * @param predecessors for a unit existing today, the pre-merger units that became part of it
 *     (itself included when it continued); empty for a PRE_2025 unit
 * @param aliases other written forms
 */
@JsonPropertyOrder({"id", "nodeId"})
public record ProvinceResponse(
    @Schema(description = "Province id") long id,
    @Schema(description = "ASCII slug (\"soc-trang\")") String code,
    @Schema(description = "Canonical name (\"Sóc Trăng\")") String name,
    @Schema(description = "PROVINCE or CITY (centrally-run city)") ProvinceKind kind,
    @Schema(
            description =
                "PRE_2025 (merged on 1 July 2025), POST_2025 (created by the merger) or BOTH")
        ProvinceEra era,
    @Schema(description = "The unit it belongs to after the merger (itself when it continues)")
        String today,
    @Schema(
            description =
                "For a unit existing today, the pre-merger units that became part of it (itself included when it continued); empty for a PRE_2025 unit")
        List<String> predecessors,
    @Schema(description = "Other written forms") List<String> aliases) {
  /** The global id: the same value as the GraphQL {@code Node.id}. */
  @JsonProperty("nodeId")
  @Schema(description = "Opaque global id, the same value as the GraphQL Node.id")
  public String nodeId() {
    return GlobalId.of(NodeType.Province, id);
  }
}
