package io.regtrack.ingest;

import io.regtrack.shared.change.Forgotten;

/**
 * What deleting a document did: the document is gone (a tombstone records it, as one records each
 * deleted regulation, meeting and person).
 *
 * @param documentId the deleted document
 * @param regulations regulations deleted (no citation left) and recomputed
 * @param meetings meetings deleted (no report left), recomputed and split off
 * @param persons persons deleted (no appearance left), recomputed and split off
 */
public record DocumentDeletion(
    long documentId, Forgotten regulations, Forgotten meetings, Forgotten persons) {}
