package io.regtrack.api.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * OpenAPI schemas of the JSON list responses ({@link ListResponse} with its item type), for the
 * operations that also answer {@code text/csv}. Documentation only: the resources return {@link
 * ListResponse}.
 */
final class ListSchemas {
  private ListSchemas() {}

  /** The CSV body, described once. */
  static final String CSV =
      "UTF-8 with a byte order mark, RFC 4180 (CRLF, quotes doubled), a header row of the JSON"
          + " field names, nested objects flattened (organizer → organizerId, organizer;"
          + " stated.symbol → statedSymbol), lists joined by \"; \", null as an empty field. The"
          + " whole filtered list from cursor on, at most limit rows (default and maximum"
          + " 100,000); a Link rel=\"next\" header when rows remain.";

  /**
   * A page of meetings.
   *
   * @param items the meetings
   * @param nextCursor cursor of the next page, or null
   */
  @Schema(name = "MeetingList")
  public record MeetingList(List<MeetingResponse> items, String nextCursor) {}

  /**
   * A page of regulations.
   *
   * @param items the regulations
   * @param nextCursor cursor of the next page, or null
   */
  @Schema(name = "RegulationList")
  public record RegulationList(List<RegulationResponse> items, String nextCursor) {}

  /**
   * A page of a regulation's citations.
   *
   * @param items the citations
   * @param nextCursor cursor of the next page, or null
   */
  @Schema(name = "RegulationCitationList")
  public record RegulationCitationList(List<RegulationCitationResponse> items, String nextCursor) {}
}
