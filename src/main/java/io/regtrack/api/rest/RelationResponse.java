package io.regtrack.api.rest;

import io.regtrack.regulation.RelationDirection;
import io.regtrack.regulation.RelationType;
import io.regtrack.regulation.RelationView;

/**
 * A relation seen from a regulation.
 *
 * @param type REPLACES, GUIDES, AMENDS or ISSUED_WITH
 * @param direction OUTGOING when this regulation is the source ("58-QĐ/TW REPLACES 126-QĐ/TW" is
 *     OUTGOING from 58-QĐ/TW and INCOMING to 126-QĐ/TW)
 * @param regulation the regulation at the other end
 */
public record RelationResponse(
    RelationType type, RelationDirection direction, RegulationRef regulation) {

  static RelationResponse of(RelationView r) {
    return new RelationResponse(r.type(), r.direction(), RegulationRef.of(r.regulation()));
  }
}
