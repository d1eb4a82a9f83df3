package io.regtrack.api.rest;

import io.regtrack.shared.error.InvalidInputException;
import io.regtrack.shared.paging.PageRequest;
import io.regtrack.shared.paging.Slice;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * CSV exports of the lists ({@link ExportResource}, GET /api/v1/exports/…): the whole filtered
 * list, in the list's order, as UTF-8 with a byte order mark, RFC 4180 ({@link CsvWriter}), a
 * header row of the JSON field names and one row per item with nested objects flattened.
 *
 * <p>Paging: the export starts at {@code cursor} when one is given (any cursor of the same list,
 * from JSON or CSV) and holds at most {@code limit} rows, by default and at most {@value
 * #MAX_ROWS}. When rows remain after it, a {@code Link: <…>; rel="next"} header carries the URL of
 * the rest, exactly as for JSON pages, so nothing is ever cut off silently. The ids of the export
 * are read first along the keyset (chunks of {@value #ID_CHUNK}), which fixes the rows and the next
 * link before the body starts; the rows are then loaded and written {@value #BATCH} at a time while
 * the body streams, so memory stays bounded by the ids. Rows deleted meanwhile are left out.
 */
final class CsvExport {
  static final String TEXT_CSV = "text/csv";
  static final MediaType TEXT_CSV_UTF8 = MediaType.valueOf("text/csv; charset=UTF-8");

  /** The most rows one export holds; the rest is behind the next link. */
  static final int MAX_ROWS = 100_000;

  /** Ids read per keyset query. */
  static final int ID_CHUNK = 5_000;

  /** Items loaded and written per batch. */
  static final int BATCH = 100;

  private CsvExport() {}

  /**
   * A table: its column names and, per item, the values in the same order.
   *
   * @param columns the header row
   * @param row one item's values
   */
  record Table<T>(List<String> columns, Function<T, List<Object>> row) {}

  /**
   * The row limit of an export: {@link #MAX_ROWS} when not given.
   *
   * @throws InvalidInputException naming {@code limit} outside 1–{@value #MAX_ROWS}
   */
  static int limit(String raw) {
    if (raw == null || raw.isBlank()) {
      return MAX_ROWS;
    }
    try {
      int limit = Integer.parseInt(raw.strip());
      if (limit >= 1 && limit <= MAX_ROWS) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new InvalidInputException(
        "limit",
        "limit must be a whole number from 1 to "
            + MAX_ROWS
            + " for a text/csv export, got '"
            + raw
            + "'");
  }

  /**
   * The export response.
   *
   * @param filename the attachment's file name ("meetings.csv")
   * @param cursor where to start, or {@code null}
   * @param limit the most rows
   * @param ids a slice of the list's ids for a page request (the same keyset as the JSON list)
   * @param load the items of some ids, in the ids' order, vanished ones left out
   * @throws InvalidInputException naming {@code cursor} for a malformed cursor (before any output)
   */
  static <T> Response response(
      String filename,
      Table<T> table,
      String cursor,
      int limit,
      Function<PageRequest, Slice<Long>> ids,
      Function<List<Long>, List<T>> load,
      UriInfo uri) {
    List<Long> all = new ArrayList<>();
    String after = cursor;
    String next = null;
    while (all.size() < limit) {
      Slice<Long> slice =
          ids.apply(PageRequest.first(Math.min(ID_CHUNK, limit - all.size()), after));
      all.addAll(slice.items());
      if (!slice.hasNextPage() || slice.items().isEmpty()) {
        break;
      }
      after = slice.endCursor();
      if (all.size() >= limit) {
        next = after;
      }
    }
    StreamingOutput body =
        out -> {
          CsvWriter csv =
              new CsvWriter(
                  new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
          csv.bom();
          csv.row(table.columns());
          for (int from = 0; from < all.size(); from += BATCH) {
            for (T item : load.apply(all.subList(from, Math.min(all.size(), from + BATCH)))) {
              csv.row(table.row().apply(item));
            }
            csv.flush();
          }
          csv.flush();
        };
    return Pages.withNextLink(
        Response.ok(body, TEXT_CSV_UTF8)
            .header("Content-Disposition", "attachment; filename=\"" + filename + "\""),
        next,
        uri);
  }

  /** Values joined by {@code "; "} for one cell; {@code null} for none. */
  static String joined(List<?> values) {
    if (values.isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (Object v : values) {
      if (!sb.isEmpty()) {
        sb.append("; ");
      }
      sb.append(v);
    }
    return sb.toString();
  }
}
