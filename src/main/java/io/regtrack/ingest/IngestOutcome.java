package io.regtrack.ingest;

/**
 * Result of one ingestion.
 *
 * @param documentId id of the stored document
 * @param created {@code true} when this call created it, {@code false} when the same article (same
 *     content hash) was already stored
 */
public record IngestOutcome(long documentId, boolean created) {}
