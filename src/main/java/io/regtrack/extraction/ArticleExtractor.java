package io.regtrack.extraction;

import io.regtrack.extraction.citation.CitationExtractor;
import io.regtrack.extraction.gazetteer.Gazetteer;
import io.regtrack.extraction.gazetteer.Province;
import io.regtrack.extraction.gazetteer.ProvinceFinder;
import io.regtrack.extraction.meeting.MeetingExtractor;
import io.regtrack.extraction.model.ExtractedMeeting;
import io.regtrack.extraction.model.ExtractedPerson;
import io.regtrack.extraction.model.ExtractionResult;
import io.regtrack.extraction.person.PersonExtractor;
import io.regtrack.extraction.text.ArticleCleaner;
import io.regtrack.extraction.text.CleanArticle;
import io.regtrack.extraction.text.VietnameseText;
import java.util.List;

/**
 * The one public entry point of the extraction core: article text in, {@link ExtractionResult} out.
 * Pure Java and thread-safe; it holds no state between calls.
 *
 * <p>Stages: clean (logo, publish line, byline, captions and boilerplate separated from the body) →
 * find (citations, meetings, persons) → resolve → annotate.
 */
public final class ArticleExtractor {

  /**
   * Version of the extraction rules. Bump it whenever a rule changes what is extracted, so stored
   * documents extracted by an older version can be re-extracted.
   */
  public static final int VERSION = 6;

  private final ArticleCleaner cleaner = new ArticleCleaner();
  private final ProvinceFinder provinces = new ProvinceFinder(Gazetteer.get());
  private final CitationExtractor citations = new CitationExtractor(Gazetteer.get());
  private final PersonExtractor persons = new PersonExtractor(Gazetteer.get());
  private final MeetingExtractor meetings = new MeetingExtractor(Gazetteer.get());

  /** Extracts everything from one raw article text (never throws on odd input). */
  public ExtractionResult extract(String rawText) {
    CleanArticle article = cleaner.clean(rawText == null ? "" : rawText);
    Province province =
        provinces
            .articleProvince(
                article.title(),
                article.body(),
                article.outlet() != null ? article.outlet() : article.source(),
                article.publishedOn())
            .orElse(null);
    CitationExtractor.Result found = citations.extract(article.body(), province);
    List<ExtractedPerson> named = persons.extract(article.body(), article.captions());
    List<ExtractedMeeting> reported =
        meetings.extract(
            article, province, found.citations(), found.regulations(), found.relations(), named);
    return new ExtractionResult(
        VERSION,
        article,
        province == null ? null : province.name(),
        found.citations(),
        found.regulations(),
        found.relations(),
        named,
        reported);
  }

  /**
   * Runs only the citation stage over {@code text} as given (no cleaning), so that spans index
   * {@code text} itself (after NFC): for citation look-ups over a snippet. The result's article
   * carries the text as its body.
   */
  public ExtractionResult extractCitations(String text) {
    String body = text == null ? "" : VietnameseText.nfc(text);
    Province province = provinces.articleProvince("", body).orElse(null);
    CitationExtractor.Result found = citations.extract(body, province);
    return new ExtractionResult(
        VERSION,
        new CleanArticle("", null, null, null, null, body, List.of()),
        province == null ? null : province.name(),
        found.citations(),
        found.regulations(),
        found.relations());
  }
}
