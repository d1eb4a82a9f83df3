package io.regtrack.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.regtrack.document.ContentHash;
import io.regtrack.document.DocumentService;
import io.regtrack.document.NewDocument;
import io.regtrack.extraction.ArticleExtractor;
import io.regtrack.extraction.model.ExtractionResult;
import io.regtrack.extraction.text.CleanArticle;
import io.regtrack.extraction.text.HtmlArticle;
import io.regtrack.meeting.ArticleMeetings;
import io.regtrack.meeting.MeetingService;
import io.regtrack.person.ArticlePersons;
import io.regtrack.person.PersonService;
import io.regtrack.regulation.ArticleCitations;
import io.regtrack.regulation.RegistryService;
import io.regtrack.shared.error.InvalidInputException;
import io.regtrack.shared.error.PayloadTooLargeException;
import io.regtrack.shared.time.DateBounds;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Text in → extraction → persist, idempotently, in one transaction per document: either the whole
 * document with everything extracted from it is stored, or nothing is.
 *
 * <p>Extraction runs before the transaction (it is pure CPU work). The transaction inserts the
 * document unless the same article exists and, for a new document only, registers its citations,
 * then stores its persons and its meetings (which refer to the regulation ids the registry returned
 * and the person ids the person feature returned), so a duplicate ingest adds nothing. Registering
 * takes advisory and row locks shared with concurrent ingests; should PostgreSQL still abort the
 * transaction as a deadlock victim or a serialization failure, it is retried from the start, a few
 * times.
 */
@ApplicationScoped
public class IngestService {
  private static final Logger LOG = Logger.getLogger(IngestService.class);

  /** Attempts of the storing transaction when PostgreSQL aborts it as a deadlock victim. */
  static final int MAX_ATTEMPTS = 3;

  /**
   * SQLSTATEs worth a retry: deadlock_detected, serialization_failure, and foreign_key_violation (a
   * safety net: a regulation, person or meeting the article matched was deleted with the last
   * document referring to it before the article's rows were stored; deletion takes the locks
   * ingestion takes, so only a match outside those locks could meet it, and the retry matches
   * again).
   */
  private static final Set<String> RETRYABLE = Set.of("40P01", "40001", "23503");

  private final ArticleExtractor extractor = new ArticleExtractor();
  private final DocumentService documents;
  private final RegistryService registry;
  private final PersonService persons;
  private final MeetingService meetings;
  private final IngestConfig config;

  public IngestService(
      DocumentService documents,
      RegistryService registry,
      PersonService persons,
      MeetingService meetings,
      IngestConfig config) {
    this.documents = documents;
    this.registry = registry;
    this.persons = persons;
    this.meetings = meetings;
    this.config = config;
  }

  /**
   * Ingests one article. Joins the caller's transaction when there is one (without retries);
   * otherwise runs in a transaction of its own.
   *
   * @throws InvalidInputException when the text is missing, blank or has no article body, or the
   *     text, url or source contains a NUL character
   * @throws PayloadTooLargeException when the text is larger than the configured maximum
   */
  public IngestOutcome ingest(ArticleSubmission submission) {
    return ingest(submission, "text");
  }

  /**
   * Ingests a saved news page: the article is taken out of the HTML ({@link HtmlArticle}: headline,
   * publish line, paragraphs, captions, byline; navigation, scripts, styles, comments, share bars
   * and related-article blocks left out) and the plain text it renders to runs through the same
   * pipeline as a text submission, so the same article as HTML and as text is the same document.
   * The page's canonical URL, {@code og:site_name} and publish time fill the fields the caller left
   * empty. The stored raw text is that rendered text.
   *
   * @throws InvalidInputException naming {@code body} when the page is empty or has no article
   * @throws PayloadTooLargeException when the article text is larger than the configured maximum
   */
  public IngestOutcome ingestHtml(HtmlSubmission page) {
    if (page.html() == null || page.html().isBlank()) {
      throw new InvalidInputException("body", "The HTML page is empty");
    }
    HtmlArticle article = HtmlArticle.parse(page.html());
    if (!article.hasArticle()) {
      throw new InvalidInputException(
          "body",
          "No article was found in the HTML page: it has no block of paragraphs outside"
              + " navigation, scripts and lists of links");
    }
    return ingest(
        new ArticleSubmission(
            article.text(),
            blankToNull(page.url()) != null ? page.url() : article.url(),
            blankToNull(page.source()) != null ? page.source() : article.source(),
            page.publishedAt() != null ? page.publishedAt() : article.publishedAt()),
        "body");
  }

  /**
   * @param bodyField the request field named when no article body is found
   */
  private IngestOutcome ingest(ArticleSubmission submission, String bodyField) {
    String text = validate(submission.text());
    refuseNul("url", submission.url());
    refuseNul("source", submission.source());
    DateBounds.check("publishedAt", submission.publishedAt());
    ExtractionResult result = extractor.extract(text);
    if (result.article().body().isBlank()) {
      throw new InvalidInputException(bodyField, "No article text was found in the submission");
    }
    NewDocument doc = newDocument(submission, text, result);
    return inTransaction("Ingest", () -> store(doc, extracted(result)));
  }

  /**
   * The document row for an article: what extraction found, the submission's metadata winning over
   * the text's.
   */
  static NewDocument newDocument(
      ArticleSubmission submission, String text, ExtractionResult result) {
    CleanArticle article = result.article();
    String title = article.title() == null || article.title().isBlank() ? "" : article.title();
    return new NewDocument(
        title,
        blankToNull(submission.source()) != null ? submission.source().strip() : article.source(),
        blankToNull(submission.url()),
        article.author(),
        submission.publishedAt() != null ? submission.publishedAt() : article.publishedAt(),
        submission.publishedAt() != null
            ? submission.publishedAt().toLocalDate()
            : article.publishedOn(),
        article.body(),
        Normalizer.normalize(text, Normalizer.Form.NFC),
        article.captions(),
        ContentHash.of(article.body()),
        result.extractorVersion());
  }

  static Extracted extracted(ExtractionResult result) {
    return new Extracted(
        CitationInputs.of(result), PersonInputs.of(result), MeetingInputs.of(result));
  }

  /**
   * Runs {@code work} in the caller's transaction when there is one (without retries); otherwise in
   * a transaction of its own, started again from the beginning when the database aborts it with a
   * {@linkplain #isRetryable retryable} failure, up to {@link #MAX_ATTEMPTS} times.
   *
   * @param what names the work in the log
   */
  static <T> T inTransaction(String what, Supplier<T> work) {
    if (QuarkusTransaction.isActive()) {
      return work.get();
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return QuarkusTransaction.requiringNew().call(work::get);
      } catch (RuntimeException e) {
        if (attempt >= MAX_ATTEMPTS || !isRetryable(e)) {
          throw e;
        }
        LOG.infof("%s transaction aborted by the database (%s); retrying", what, e.getMessage());
      }
    }
  }

  /** What the features receive from one article. */
  record Extracted(ArticleCitations citations, ArticlePersons persons, ArticleMeetings meetings) {}

  private IngestOutcome store(NewDocument doc, Extracted extracted) {
    DocumentService.Insertion insertion = documents.insertIfAbsent(doc);
    if (insertion.created()) {
      Map<String, Long> regulationIds = registry.register(insertion.id(), extracted.citations());
      Map<String, Long> personIds = persons.record(insertion.id(), extracted.persons());
      meetings.record(insertion.id(), extracted.meetings(), regulationIds, personIds);
    }
    return new IngestOutcome(insertion.id(), insertion.created());
  }

  static boolean isRetryable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && RETRYABLE.contains(sql.getSQLState())) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private String validate(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("text", "The article text is empty");
    }
    // Cheap upper bound first: a UTF-8 encoding has at most 3 bytes per UTF-16 unit.
    if ((long) text.length() * 3 > config.maxBodyBytes()
        && text.getBytes(StandardCharsets.UTF_8).length > config.maxBodyBytes()) {
      throw new PayloadTooLargeException(config.maxBodyBytes());
    }
    if (text.indexOf('\u0000') >= 0) {
      throw new InvalidInputException("text", "The article text contains NUL characters");
    }
    return text;
  }

  /** PostgreSQL text cannot hold NUL: a 400 naming the field rather than a database error. */
  private static void refuseNul(String field, String value) {
    if (value != null && value.indexOf('\u0000') >= 0) {
      throw new InvalidInputException(field, field + " contains NUL characters");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
