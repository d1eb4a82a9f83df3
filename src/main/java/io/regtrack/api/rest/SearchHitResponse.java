package io.regtrack.api.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.regtrack.search.Highlight;
import io.regtrack.search.SearchType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One search hit: what it is, how well it matched, where, and the object itself (in the field named
 * after its type, the same shape as in the list of that type).
 *
 * @param type DOCUMENT, REGULATION, MEETING or PERSON
 * @param id the object's database id
 * @param nodeId the object's global id (GraphQL {@code Node.id})
 * @param score relevance 0–1: 1.0 exact symbol, 0.95 kind or code and number, 0.9 cited regulation
 *     or issue date, 0.85 publish or meeting date, 0.8 phrase in a title or name, 0.7 all words in
 *     a title or name, 0.5 phrase in the body, 0.4 all words anywhere, 0.1–0.3 similar spelling
 *     (only when nothing matched exactly); ties most recent first
 * @param highlights where the query matched
 */
@JsonPropertyOrder({"type", "id", "nodeId", "score", "highlights"})
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"type", "id", "nodeId", "score", "highlights"})
public record SearchHitResponse(
    @Schema(description = "What the hit is: DOCUMENT, REGULATION, MEETING or PERSON")
        SearchType type,
    @Schema(description = "The object's database id") long id,
    @Schema(description = "The object's global id (GraphQL Node.id)") String nodeId,
    @Schema(
            description =
                "Relevance 0–1: 1.0 exact symbol, 0.95 kind or code and number, 0.9 cited regulation or issue date, 0.85 publish or meeting date, 0.8 phrase in a title or name, 0.7 all words in a title or name, 0.5 phrase in the body, 0.4 all words anywhere, 0.1–0.3 similar spelling (only when nothing matched exactly); ties most recent first")
        double score,
    @Schema(description = "Where the query matched") List<HighlightResponse> highlights,
    @Schema(description = "The document, when type is DOCUMENT") DocumentSummary document,
    @Schema(description = "The regulation, when type is REGULATION") RegulationRef regulation,
    @Schema(description = "The meeting, when type is MEETING") MeetingRef meeting,
    @Schema(description = "The person, when type is PERSON") PersonResponse person) {

  /** This hit with its object (one of them non-null). */
  SearchHitResponse with(
      DocumentSummary document,
      RegulationRef regulation,
      MeetingRef meeting,
      PersonResponse person) {
    return new SearchHitResponse(
        type, id, nodeId, score, highlights, document, regulation, meeting, person);
  }

  /**
   * Where a hit matched in one field.
   *
   * @param field title, body, symbol, name or location
   * @param text the field, or for a long body a snippet of it
   * @param offset where text starts in the field (UTF-16 code units)
   * @param ranges the matches as UTF-16 offsets into the field (not into text), end exclusive
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record HighlightResponse(
      @Schema(description = "Title, body, symbol, name or location") String field,
      @Schema(description = "The field, or for a long body a snippet of it") String text,
      @Schema(description = "Where text starts in the field (UTF-16 code units)") int offset,
      @Schema(
              description =
                  "The matches as UTF-16 offsets into the field (not into text), end exclusive")
          List<RangeResponse> ranges) {
    static HighlightResponse of(Highlight h) {
      return new HighlightResponse(
          h.field(),
          h.text(),
          h.offset(),
          h.ranges().stream().map(r -> new RangeResponse(r.start(), r.end())).toList());
    }
  }

  /** A matched span: UTF-16 offsets into the field, end exclusive. */
  public record RangeResponse(
      @Schema(description = "First UTF-16 offset into the field (inclusive)") int start,
      @Schema(description = "Last offset (exclusive)") int end) {}
}
