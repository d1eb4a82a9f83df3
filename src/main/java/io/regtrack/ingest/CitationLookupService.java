package io.regtrack.ingest;

import io.regtrack.extraction.ArticleExtractor;
import io.regtrack.extraction.model.CitationMention;
import io.regtrack.extraction.model.ExtractionResult;
import io.regtrack.regulation.ArticleCitations;
import io.regtrack.regulation.CitationForm;
import io.regtrack.regulation.RegistryService;
import io.regtrack.regulation.RegulationDetail;
import io.regtrack.regulation.RegulationQueries;
import io.regtrack.shared.error.InvalidInputException;
import io.regtrack.shared.error.PayloadTooLargeException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the citations in a text and resolves them against the registry without storing anything
 * (like CourtListener's citation lookup). The text is read as a whole – no boilerplate is taken off
 * – so spans index the text as sent.
 */
@ApplicationScoped
public class CitationLookupService {
  private final ArticleExtractor extractor = new ArticleExtractor();
  private final RegistryService registry;
  private final RegulationQueries regulations;
  private final IngestConfig config;

  public CitationLookupService(
      RegistryService registry, RegulationQueries regulations, IngestConfig config) {
    this.registry = registry;
    this.regulations = regulations;
    this.config = config;
  }

  /**
   * The citations in {@code text}, in order, each with the regulation the registry knows for it.
   *
   * @throws InvalidInputException naming {@code text} when the text is missing or blank
   * @throws PayloadTooLargeException when the text is larger than the ingest maximum
   */
  public List<FoundCitation> extract(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("text", "The text is empty");
    }
    if ((long) text.length() * 3 > config.maxBodyBytes()
        && text.getBytes(StandardCharsets.UTF_8).length > config.maxBodyBytes()) {
      throw new PayloadTooLargeException(config.maxBodyBytes());
    }
    NfcOffsets offsets = NfcOffsets.of(text);
    ExtractionResult result = extractor.extractCitations(offsets.nfc());
    ArticleCitations input = CitationInputs.of(result);
    Map<String, Long> known = registry.resolveKnown(input);
    Map<Long, RegulationDetail> details = regulations.details(known.values());
    List<FoundCitation> found = new ArrayList<>(result.citations().size());
    for (CitationMention m : result.citations()) {
      int start = offsets.toOriginal(m.span().start());
      int end = offsets.toOriginal(m.span().end());
      Long id = known.get(m.regulationKey());
      found.add(
          new FoundCitation(
              start,
              end,
              offsets.original().substring(start, end),
              CitationInputs.map(m.form(), CitationForm.class),
              CitationInputs.fields(m.stated()),
              id == null ? null : details.get(id)));
    }
    return found;
  }
}
