package io.regtrack.api.rest;

import io.regtrack.regulation.RelationDirection;
import io.regtrack.regulation.RelationType;
import io.regtrack.regulation.RelationView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A relation seen from a regulation.
 *
 * @param type REPLACES, GUIDES, AMENDS or ISSUED_WITH
 * @param direction OUTGOING when this regulation is the source ("58-QĐ/TW REPLACES 126-QĐ/TW" is
 *     OUTGOING from 58-QĐ/TW and INCOMING to 126-QĐ/TW)
 * @param regulation the regulation at the other end
 */
public record RelationResponse(
    @Schema(description = "REPLACES, GUIDES, AMENDS or ISSUED_WITH") RelationType type,
    @Schema(
            description =
                "OUTGOING when this regulation is the source (\"58-QĐ/TW REPLACES 126-QĐ/TW\" is OUTGOING from 58-QĐ/TW and INCOMING to 126-QĐ/TW)")
        RelationDirection direction,
    @Schema(description = "The regulation at the other end") RegulationRef regulation) {

  static RelationResponse of(RelationView r) {
    return new RelationResponse(r.type(), r.direction(), RegulationRef.of(r.regulation()));
  }
}
