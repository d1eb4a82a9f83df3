package io.regtrack.regulation;

/**
 * How much the corpus says about a regulation.
 *
 * @param citations citations (mentions) across all documents
 * @param documents documents citing it
 * @param meetings meetings that disseminated, reviewed or discussed it
 */
public record RegulationCounts(long citations, long documents, long meetings) {}
