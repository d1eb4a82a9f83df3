package io.regtrack.api.rest;

import io.regtrack.api.rest.CsvExport.Table;
import io.regtrack.meeting.ParticipantRole;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The columns of the CSV exports: the JSON field names, nested objects flattened. A reference
 * {@code {id, name}} gives two columns, {@code xId} and {@code x} (the name); another nested object
 * gives {@code parentField} columns ({@code document.title} → {@code documentTitle}, {@code
 * stated.symbol} → {@code statedSymbol}); lists become one cell, values joined by {@code "; "}.
 * Lists of objects other than those below (participants other than chairs, relations, conflicts)
 * are left out: the JSON has them.
 */
final class CsvTables {
  private CsvTables() {}

  /**
   * Meetings: {@code chairs} are the names of the participants with role CHAIR, {@code regulations}
   * the regulations' symbols (a regulation without a symbol: its kind label and number or title),
   * in the JSON's order.
   */
  static final Table<MeetingResponse> MEETINGS =
      new Table<>(
          columns(
              "id",
              "nodeId",
              "date",
              "dateInferred",
              "datePartial",
              "partOfDay",
              "kind",
              "title",
              "province",
              "provinceToday",
              "location",
              "organizerId",
              "organizer",
              "online",
              "bridgePoints",
              "attendeeCount",
              "attendeeCountQualifier",
              "chairs",
              "regulationIds",
              "regulations",
              "documentIds"),
          m ->
              values(
                  m.id(),
                  m.nodeId(),
                  m.date(),
                  m.dateInferred(),
                  m.datePartial(),
                  m.partOfDay(),
                  m.kind(),
                  m.title(),
                  m.province(),
                  m.provinceToday(),
                  m.location(),
                  m.organizer() == null ? null : m.organizer().id(),
                  m.organizer() == null ? null : m.organizer().name(),
                  m.online(),
                  m.bridgePoints(),
                  m.attendeeCount(),
                  m.attendeeCountQualifier(),
                  CsvExport.joined(
                      m.participants().stream()
                          .filter(p -> p.role() == ParticipantRole.CHAIR)
                          .map(p -> p.person().name())
                          .toList()),
                  CsvExport.joined(regulations(m).map(RegulationResponse::id).toList()),
                  CsvExport.joined(regulations(m).map(CsvTables::label).toList()),
                  CsvExport.joined(m.documents().stream().map(DocumentRef::id).toList())));

  /** Regulations, without relations and conflicts. */
  static final Table<RegulationResponse> REGULATIONS =
      new Table<>(
          columns(
              "id",
              "nodeId",
              "kind",
              "kindLabel",
              "number",
              "symbol",
              "symbolInferred",
              "issuerId",
              "issuer",
              "issuedOn",
              "title",
              "chapters",
              "articles",
              "term",
              "citationCount",
              "documentCount",
              "meetingCount"),
          r ->
              values(
                  r.id(),
                  r.nodeId(),
                  r.kind(),
                  r.kindLabel(),
                  r.number(),
                  r.symbol(),
                  r.symbolInferred(),
                  r.issuer() == null ? null : r.issuer().id(),
                  r.issuer() == null ? null : r.issuer().name(),
                  r.issuedOn(),
                  r.title(),
                  r.chapters(),
                  r.articles(),
                  r.term(),
                  r.citationCount(),
                  r.documentCount(),
                  r.meetingCount()));

  /** A regulation's citations with the citing document and what each mention stated. */
  static final Table<RegulationCitationResponse> CITATIONS =
      new Table<>(
          columns(
              "id",
              "nodeId",
              "documentId",
              "documentTitle",
              "documentPublishedOn",
              "text",
              "start",
              "end",
              "form",
              "statedKind",
              "statedNumber",
              "statedSymbol",
              "statedIssuer",
              "statedIssuedOn",
              "statedTitle",
              "statedChapters",
              "statedArticles",
              "statedTerm"),
          c -> {
            var d = c.document();
            var s = c.stated();
            return values(
                c.id(),
                c.nodeId(),
                d == null ? null : d.id(),
                d == null ? null : d.title(),
                d == null ? null : d.publishedOn(),
                c.text(),
                c.start(),
                c.end(),
                c.form(),
                s == null ? null : s.kind(),
                s == null ? null : s.number(),
                s == null ? null : s.symbol(),
                s == null ? null : s.issuer(),
                s == null ? null : s.issuedOn(),
                s == null ? null : s.title(),
                s == null ? null : s.chapters(),
                s == null ? null : s.articles(),
                s == null ? null : s.term());
          });

  private static Stream<RegulationResponse> regulations(MeetingResponse m) {
    return m.regulations().stream()
        .map(MeetingRegulationResponse::regulation)
        .filter(Objects::nonNull);
  }

  /** A regulation in a list cell: its symbol, else its kind label with number or title. */
  static String label(RegulationResponse r) {
    if (r == null) {
      return null;
    }
    if (r.symbol() != null) {
      return r.symbol();
    }
    String rest = r.number() != null ? r.number() : r.title();
    return rest == null ? r.kindLabel() : r.kindLabel() + " " + rest;
  }

  private static List<String> columns(String... names) {
    return List.of(names);
  }

  /** The row's values; {@code null}s allowed. */
  private static List<Object> values(Object... values) {
    return Arrays.asList(values);
  }
}
