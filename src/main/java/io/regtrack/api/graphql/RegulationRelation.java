package io.regtrack.api.graphql;

import io.regtrack.regulation.RelationDirection;
import io.regtrack.regulation.RelationType;
import io.regtrack.regulation.RelationView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A relation stated in an article, seen from one regulation. */
@Description("A relation an article states between two regulations, seen from one of them")
public record RegulationRelation(
    @NonNull @Description("What the source does to the target") RelationType type,
    @NonNull @Description("OUTGOING when this regulation is the source (it replaces the other)")
        RelationDirection direction,
    @NonNull @Description("The regulation at the other end") Regulation regulation) {

  static RegulationRelation of(RelationView r) {
    return new RegulationRelation(r.type(), r.direction(), Regulation.of(r.regulation()));
  }
}
