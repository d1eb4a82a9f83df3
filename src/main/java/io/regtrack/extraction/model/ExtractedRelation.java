package io.regtrack.extraction.model;

/**
 * A relation an article states between two of its regulations.
 *
 * @param type the relation
 * @param sourceKey key of the acting regulation
 * @param targetKey key of the other regulation
 * @param span the text stating the relation (from the source mention to the target mention)
 */
public record ExtractedRelation(RelationType type, String sourceKey, String targetKey, Span span) {}
