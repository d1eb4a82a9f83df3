package io.regtrack.ingest;

import io.regtrack.change.TombstoneService;
import io.regtrack.document.DocumentService;
import io.regtrack.meeting.MeetingService;
import io.regtrack.person.PersonService;
import io.regtrack.regulation.RegistryService;
import io.regtrack.shared.error.ResourceNotFoundException;
import io.regtrack.shared.id.NodeType;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Deletes a document and everything derived from it, in one transaction: the document, its
 * citations, the relations it states, its appearances and its meeting reports; then what is left
 * without it (a meeting without a report, a person without an appearance, a regulation without a
 * citation) is deleted and what remains is recomputed as if the document had never been ingested.
 * Each deleted document, meeting, person and regulation gets a tombstone for the sync feed.
 *
 * <p><b>Concurrency.</b> The document row is locked first (a second deletion waits and then finds
 * nothing). Then the advisory locks ingestion takes for what the document touches, in ingestion's
 * order — regulation series (with the regulation rows), person names, meeting dates, each sorted —
 * so a concurrent ingestion of another article citing the same regulation, naming the same person
 * or reporting the same meeting runs entirely before or after the deletion. Should PostgreSQL still
 * abort the transaction as a deadlock victim, it is retried from the start, a few times.
 */
@ApplicationScoped
public class DocumentDeletionService {
  private final DocumentService documents;
  private final RegistryService registry;
  private final PersonService persons;
  private final MeetingService meetings;
  private final TombstoneService tombstones;

  public DocumentDeletionService(
      DocumentService documents,
      RegistryService registry,
      PersonService persons,
      MeetingService meetings,
      TombstoneService tombstones) {
    this.documents = documents;
    this.registry = registry;
    this.persons = persons;
    this.meetings = meetings;
    this.tombstones = tombstones;
  }

  /**
   * Deletes the document. Joins the caller's transaction when there is one (without retries);
   * otherwise runs in a transaction of its own.
   *
   * @throws ResourceNotFoundException when no document has this id (nothing is written)
   */
  public DocumentDeletion delete(long documentId) {
    return IngestService.inTransaction("Deletion", () -> deleteNow(documentId));
  }

  private DocumentDeletion deleteNow(long documentId) {
    if (!documents.lockForDeletion(documentId)) {
      throw new ResourceNotFoundException("Document", documentId);
    }
    // Ingestion's lock order: registry, persons, meetings.
    registry.lockDocument(documentId);
    persons.lockDocument(documentId);
    meetings.lockDocument(documentId);
    // Data order: the reports (and their participations) go before the persons are checked, the
    // citations before the regulations are.
    var meetingsForgotten = meetings.forgetDocument(documentId);
    var personsForgotten = persons.forgetDocument(documentId);
    var regulationsForgotten = registry.forgetDocument(documentId);
    documents.delete(documentId);

    tombstones.record(NodeType.Document, documentId);
    tombstones.recordAll(NodeType.Meeting, meetingsForgotten.deleted());
    tombstones.recordAll(NodeType.Person, personsForgotten.deleted());
    tombstones.recordAll(NodeType.Regulation, regulationsForgotten.deleted());
    return new DocumentDeletion(
        documentId, regulationsForgotten, meetingsForgotten, personsForgotten);
  }
}
