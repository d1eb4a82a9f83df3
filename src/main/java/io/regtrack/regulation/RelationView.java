package io.regtrack.regulation;

/**
 * A relation seen from one regulation.
 *
 * @param type the relation
 * @param direction {@link RelationDirection#OUTGOING} when the regulation is the source
 * @param regulation the regulation at the other end
 */
public record RelationView(
    RelationType type, RelationDirection direction, RegulationSummary regulation) {}
