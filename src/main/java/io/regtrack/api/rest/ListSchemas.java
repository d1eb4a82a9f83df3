package io.regtrack.api.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * OpenAPI schemas of the JSON list responses ({@link ListResponse} with its item type), for the
 * operations that return a {@link jakarta.ws.rs.core.Response} (a Link header, a CSV export), whose
 * signature does not show the entity. Documentation only: the resources return {@link
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

  private static final String NEXT_CURSOR =
      "Pass as cursor to read the next page; null on the last page";

  /**
   * A page of documents.
   *
   * @param items the documents, without their bodies
   * @param nextCursor cursor of the next page, or null
   */
  @Schema(name = "DocumentList")
  public record DocumentList(
      @Schema(description = "The documents of this page, without their bodies")
          List<DocumentSummary> items,
      @Schema(description = NEXT_CURSOR, nullable = true) String nextCursor) {}

  /**
   * A page of organizations.
   *
   * @param items the organizations
   * @param nextCursor cursor of the next page, or null
   */
  @Schema(name = "OrganizationList")
  public record OrganizationList(
      @Schema(description = "The organizations of this page") List<OrganizationResponse> items,
      @Schema(description = NEXT_CURSOR, nullable = true) String nextCursor) {}

  /**
   * A page of persons.
   *
   * @param items the persons
   * @param nextCursor cursor of the next page, or null
   */
  @Schema(name = "PersonList")
  public record PersonList(
      @Schema(description = "The persons of this page") List<PersonResponse> items,
      @Schema(description = NEXT_CURSOR, nullable = true) String nextCursor) {}

  /**
   * A page of search hits.
   *
   * @param items the hits, best first
   * @param nextCursor cursor of the next page, or null
   */
  @Schema(name = "SearchHitList")
  public record SearchHitList(
      @Schema(description = "The hits of this page, best first") List<SearchHitResponse> items,
      @Schema(description = NEXT_CURSOR, nullable = true) String nextCursor) {}

  /**
   * A page of meetings.
   *
   * @param items the meetings
   * @param nextCursor cursor of the next page, or null
   */
  @Schema(name = "MeetingList")
  public record MeetingList(
      @Schema(description = "The meetings of this page") List<MeetingResponse> items,
      @Schema(description = NEXT_CURSOR, nullable = true) String nextCursor) {}

  /**
   * A page of regulations.
   *
   * @param items the regulations
   * @param nextCursor cursor of the next page, or null
   */
  @Schema(name = "RegulationList")
  public record RegulationList(
      @Schema(description = "The regulations of this page") List<RegulationResponse> items,
      @Schema(description = NEXT_CURSOR, nullable = true) String nextCursor) {}

  /**
   * A page of a regulation's citations.
   *
   * @param items the citations
   * @param nextCursor cursor of the next page, or null
   */
  @Schema(name = "RegulationCitationList")
  public record RegulationCitationList(
      @Schema(description = "The citations of this page") List<RegulationCitationResponse> items,
      @Schema(description = NEXT_CURSOR, nullable = true) String nextCursor) {}
}
