package io.regtrack.api.rest;

import io.regtrack.meeting.MeetingDetail;
import io.regtrack.meeting.MeetingQueries;
import io.regtrack.regulation.RegulationQueries;
import io.regtrack.shared.paging.Page;
import io.regtrack.shared.paging.PageRequest;
import io.regtrack.shared.paging.Slice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Lists of meetings as responses: JSON pages and CSV exports (GET /meetings, /regulations/…). */
@ApplicationScoped
class MeetingLists {
  private final MeetingQueries meetings;
  private final RegulationQueries regulations;

  MeetingLists(MeetingQueries meetings, RegulationQueries regulations) {
    this.meetings = meetings;
    this.regulations = regulations;
  }

  /** A page of meetings as {items, nextCursor} with a Link header. */
  Response page(Page<MeetingDetail> page, UriInfo uri) {
    ListResponse<MeetingResponse> entity =
        new ListResponse<>(MeetingResponse.of(page.items(), regulations), page.nextCursor());
    return Pages.withNextLink(
        Response.ok(entity, MediaType.APPLICATION_JSON_TYPE), page.nextCursor(), uri);
  }

  /** The meetings of a keyset list as a CSV export (meetings.csv). */
  Response csv(Function<PageRequest, Slice<Long>> ids, String cursor, int limit, UriInfo uri) {
    return CsvExport.response(
        "meetings.csv",
        CsvTables.MEETINGS,
        cursor,
        limit,
        ids,
        batch -> {
          Map<Long, MeetingDetail> details = meetings.details(batch);
          return MeetingResponse.of(
              batch.stream().map(details::get).filter(Objects::nonNull).toList(), regulations);
        },
        uri);
  }
}
