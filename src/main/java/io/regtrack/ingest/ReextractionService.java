package io.regtrack.ingest;

import io.regtrack.change.TombstoneService;
import io.regtrack.document.DocumentService;
import io.regtrack.document.NewDocument;
import io.regtrack.document.StoredArticle;
import io.regtrack.extraction.ArticleExtractor;
import io.regtrack.extraction.model.ExtractionResult;
import io.regtrack.ingest.IngestService.Extracted;
import io.regtrack.job.JobKind;
import io.regtrack.job.JobProgress;
import io.regtrack.job.JobRunner;
import io.regtrack.job.JobView;
import io.regtrack.meeting.MeetingService;
import io.regtrack.person.PersonService;
import io.regtrack.regulation.RegistryService;
import io.regtrack.shared.change.Forgotten;
import io.regtrack.shared.change.RecycledIds;
import io.regtrack.shared.id.NodeType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * Re-extraction: runs the current extractor again over a stored document's submitted text and
 * replaces what the previous extraction stored — citations, relations, appearances, meeting reports
 * — keeping the document's id, in one transaction per document.
 *
 * <p>The transaction is a deletion ({@link DocumentDeletionService}'s steps, under its locks)
 * followed by an ingestion of the new extraction ({@link IngestService}'s steps), with two
 * differences. What the new extraction creates again takes the id of what forgetting the old one
 * deleted ({@link RecycledIds}: a regulation by identity, a citation by span and text, a person by
 * name, a meeting by the document's report number), logged in the change feed as updated. And a
 * meeting or person whose reports or appearances the document linked is split only after the new
 * extraction is recorded, and only if it no longer links them (not split and merged again). So
 * re-extracting with an unchanged extractor leaves every row and id as it was, and running it twice
 * gives the same result as running it once. Objects other documents share are recomputed, as a
 * deletion and an ingestion would recompute them; what disappears for good (the new extractor no
 * longer finds it) gets a tombstone, as a deletion gives.
 *
 * <p>The extractor runs over the stored raw text (for a page ingested as HTML, the text rendered
 * from it at ingestion). The document keeps its url, source and publish time where it has them
 * (they may be the submitter's, which outrank the text) and takes the new extraction's title,
 * author, body, captions and content hash. When the new body equals another document's, the
 * document is left as it was and the item fails.
 */
@ApplicationScoped
public class ReextractionService {
  private static final Logger LOG = Logger.getLogger(ReextractionService.class);

  /** What re-extracting one document did. */
  public enum Outcome {
    /** Extracted again and stored. */
    REEXTRACTED,
    /** Already extracted by the current version (and not forced): nothing written. */
    UP_TO_DATE,
    /** The document no longer exists. */
    MISSING,
    /** The current extractor finds no article body in its text: left as it was. */
    EMPTY,
    /** Its new body equals another document's: left as it was. */
    DUPLICATE
  }

  private final ArticleExtractor extractor = new ArticleExtractor();
  private final DocumentService documents;
  private final RegistryService registry;
  private final PersonService persons;
  private final MeetingService meetings;
  private final TombstoneService tombstones;
  private final JobRunner runner;
  private final EntityManager em;

  public ReextractionService(
      DocumentService documents,
      RegistryService registry,
      PersonService persons,
      MeetingService meetings,
      TombstoneService tombstones,
      JobRunner runner,
      EntityManager em) {
    this.documents = documents;
    this.registry = registry;
    this.persons = persons;
    this.meetings = meetings;
    this.tombstones = tombstones;
    this.runner = runner;
    this.em = em;
  }

  /**
   * Starts a re-extraction job over the documents an older extractor version produced, or over all
   * documents.
   *
   * @param all re-extract every document, whatever its version
   * @param createdBy the name of the API key that asked for it
   * @return the job, {@code QUEUED}; it counts its documents when it starts
   */
  public JobView submit(boolean all, String createdBy) {
    return runner.submit(JobKind.REEXTRACT, createdBy, 0, p -> run(all, p));
  }

  private void run(boolean all, JobProgress progress) {
    long[] ids = documents.idsToReextract(all ? null : ArticleExtractor.VERSION);
    progress.total(ids.length);
    for (long id : ids) {
      String item = "document " + id;
      try {
        switch (reextract(id, all)) {
          case REEXTRACTED, UP_TO_DATE, MISSING -> progress.succeeded();
          case EMPTY ->
              progress.failed(item, "The current extractor finds no article text in it; kept");
          case DUPLICATE ->
              progress.failed(
                  item,
                  "Extracted again, its body equals another document's; kept as it was"
                      + " (delete one of the two)");
        }
      } catch (RuntimeException e) {
        LOG.errorf(e, "Re-extraction of document %d failed", id);
        progress.failed(item, "Unexpected error (see the server log)");
      }
    }
  }

  /**
   * Re-extracts one document, in a transaction of its own (retried when the database aborts it as a
   * deadlock victim), or in the caller's.
   *
   * @param force also when the current extractor version produced its extraction
   */
  public Outcome reextract(long documentId, boolean force) {
    StoredArticle stored = documents.stored(documentId).orElse(null);
    if (stored == null) {
      return Outcome.MISSING;
    }
    if (!force && stored.extractorVersion() >= ArticleExtractor.VERSION) {
      return Outcome.UP_TO_DATE;
    }
    ExtractionResult result = extractor.extract(stored.rawText());
    if (result.article().body().isBlank()) {
      return Outcome.EMPTY;
    }
    NewDocument doc =
        IngestService.newDocument(
            ArticleSubmission.ofText(stored.rawText()), stored.rawText(), result);
    Extracted extracted = IngestService.extracted(result);
    return IngestService.inTransaction(
        "Re-extraction", () -> replace(documentId, force, doc, extracted));
  }

  private Outcome replace(long documentId, boolean force, NewDocument doc, Extracted extracted) {
    OptionalInt version = documents.lockForReextraction(documentId);
    if (version.isEmpty()) {
      return Outcome.MISSING;
    }
    if (!force && version.getAsInt() >= ArticleExtractor.VERSION) {
      return Outcome.UP_TO_DATE;
    }
    if (documents.otherWithHash(doc.contentHash(), documentId).isPresent()) {
      return Outcome.DUPLICATE;
    }
    // Deletion's locks and steps, in its order (DocumentDeletionService).
    registry.lockDocument(documentId);
    persons.lockDocument(documentId);
    meetings.lockDocument(documentId);
    RecycledIds recycled = new RecycledIds();
    Forgotten meetingsForgotten = meetings.forgetDocument(documentId, recycled);
    Forgotten personsForgotten = persons.forgetDocument(documentId, recycled);
    registry.forgetDocument(documentId, recycled);
    // The features rewrote rows with SQL: entities loaded while forgetting are stale.
    em.flush();
    em.clear();
    documents.replaceExtraction(documentId, doc);
    // Ingestion's steps (IngestService#store), creating again under the recycled ids.
    Map<String, Long> regulationIds =
        registry.register(documentId, extracted.citations(), recycled);
    Map<String, Long> personIds = persons.record(documentId, extracted.persons(), recycled);
    List<Long> meetingIds =
        meetings.record(documentId, extracted.meetings(), regulationIds, personIds, recycled);
    // Forgetting left split-offs to here: split only what the new extraction no longer links.
    meetings.splitUnlinked(union(meetingsForgotten.updated(), meetingIds));
    persons.splitUnlinked(union(personsForgotten.updated(), personIds.values()));
    for (NodeType type :
        List.of(NodeType.Citation, NodeType.Regulation, NodeType.Person, NodeType.Meeting)) {
      tombstones.recordAll(type, recycled.remaining(type));
    }
    return Outcome.REEXTRACTED;
  }

  private static Set<Long> union(Collection<Long> a, Collection<Long> b) {
    Set<Long> out = new TreeSet<>(a);
    out.addAll(b);
    return out;
  }
}
