package io.regtrack.extraction.model;

import io.regtrack.extraction.text.CleanArticle;
import java.util.List;

/**
 * Everything the extractor found in one article. Frozen value.
 *
 * @param extractorVersion version of the extractor that produced this result
 * @param article the cleaned article: title, publish date, byline, body, captions
 * @param province canonical name of the article's province when one is evident, else null
 * @param citations every citation mention in the body, in order
 * @param regulations the distinct regulations those mentions resolve to, in order of first mention
 * @param relations relations between them stated in the body
 * @param persons the persons the body and captions name
 * @param meetings the meetings the article reports
 */
public record ExtractionResult(
    int extractorVersion,
    CleanArticle article,
    String province,
    List<CitationMention> citations,
    List<ExtractedRegulation> regulations,
    List<ExtractedRelation> relations,
    List<ExtractedPerson> persons,
    List<ExtractedMeeting> meetings) {

  public ExtractionResult {
    citations = List.copyOf(citations);
    regulations = List.copyOf(regulations);
    relations = List.copyOf(relations);
    persons = List.copyOf(persons);
    meetings = List.copyOf(meetings);
  }

  /** A result without persons and meetings (citation look-ups). */
  public ExtractionResult(
      int extractorVersion,
      CleanArticle article,
      String province,
      List<CitationMention> citations,
      List<ExtractedRegulation> regulations,
      List<ExtractedRelation> relations) {
    this(
        extractorVersion,
        article,
        province,
        citations,
        regulations,
        relations,
        List.of(),
        List.of());
  }
}
