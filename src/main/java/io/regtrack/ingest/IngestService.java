package io.regtrack.ingest;

import io.regtrack.document.ContentHash;
import io.regtrack.document.DocumentService;
import io.regtrack.document.NewDocument;
import io.regtrack.extraction.ArticleExtractor;
import io.regtrack.extraction.model.ExtractionResult;
import io.regtrack.extraction.text.CleanArticle;
import io.regtrack.shared.error.InvalidInputException;
import io.regtrack.shared.error.PayloadTooLargeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Text in → extraction → persist, idempotently, in one transaction per document: either the whole
 * document with everything extracted from it is stored, or nothing is.
 */
@ApplicationScoped
public class IngestService {
  private final ArticleExtractor extractor = new ArticleExtractor();
  private final DocumentService documents;
  private final IngestConfig config;

  public IngestService(DocumentService documents, IngestConfig config) {
    this.documents = documents;
    this.config = config;
  }

  /**
   * Ingests one article.
   *
   * @throws InvalidInputException when the text is missing, blank or has no article body
   * @throws PayloadTooLargeException when the text is larger than the configured maximum
   */
  @Transactional
  public IngestOutcome ingest(ArticleSubmission submission) {
    String text = validate(submission.text());
    ExtractionResult result = extractor.extract(text);
    CleanArticle article = result.article();
    if (article.body().isBlank()) {
      throw new InvalidInputException("text", "No article text was found in the submission");
    }
    String title = article.title() == null || article.title().isBlank() ? "" : article.title();
    NewDocument doc =
        new NewDocument(
            title,
            blankToNull(submission.source()) != null
                ? submission.source().strip()
                : article.source(),
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
    DocumentService.Insertion insertion = documents.insertIfAbsent(doc);
    return new IngestOutcome(insertion.id(), insertion.created());
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

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
