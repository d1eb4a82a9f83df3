package io.regtrack.regulation;

import java.util.List;

/**
 * A regulation with its relations, counts and field conflicts.
 *
 * @param regulation the regulation's fields
 * @param relations the relations documents state, one entry per (type, direction, other
 *     regulation), in the order they were first stated
 * @param citationCount number of citations (mentions) across all documents
 * @param documentCount number of documents citing it
 * @param meetingCount number of meetings that disseminated, reviewed or discussed it
 * @param conflicts the fields on which citing documents disagree, with the value chosen
 */
public record RegulationDetail(
    RegulationSummary regulation,
    List<RelationView> relations,
    long citationCount,
    long documentCount,
    long meetingCount,
    List<FieldConflict> conflicts) {

  public RegulationDetail {
    relations = List.copyOf(relations);
    conflicts = List.copyOf(conflicts);
  }

  /** The regulation's id. */
  public long id() {
    return regulation.id();
  }
}
