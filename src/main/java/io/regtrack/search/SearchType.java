package io.regtrack.search;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;

/**
 * What a search hit is. The order is the tie order of hits with the same score and date.
 *
 * <p>Each type has its table, its alias in the generated SQL and its date (publish, issue, meeting
 * date; persons have none), by which ties are ordered, most recent first. An unknown date sorts as
 * {@link #NO_DATE}, the smallest date, so that "most recent first, unknown last" is the order of an
 * index on {@code (coalesce(date, '1800-01-01') desc, id desc)} and a cursor is a row comparison
 * that the index serves (migration V5).
 */
@Description("What a search hit is")
public enum SearchType {
  @Description("A Regulation")
  REGULATION("regulation", "r", "r.issued_on"),
  @Description("A Document (an ingested article)")
  DOCUMENT("document", "d", "d.published_on"),
  @Description("A Meeting")
  MEETING("meeting", "m", "m.date"),
  @Description("A Person")
  PERSON("person", "p", null);

  /** The sort date of a row without a date. */
  static final LocalDate NO_DATE = LocalDate.of(1800, 1, 1);

  /** {@link #NO_DATE} in SQL. */
  static final String NO_DATE_SQL = "cast('1800-01-01' as date)";

  final String table;
  final String alias;
  final String dateColumn;

  SearchType(String table, String alias, String dateColumn) {
    this.table = table;
    this.alias = alias;
    this.dateColumn = dateColumn;
  }

  String id() {
    return alias + ".id";
  }

  /** The sort date of a row: its date, or {@link #NO_DATE}; {@code null} for a type without. */
  String sortDate() {
    return dateColumn == null ? null : "coalesce(" + dateColumn + ", " + NO_DATE_SQL + ")";
  }

  /** The sort date in the result columns. */
  String dateSelect() {
    return dateColumn == null ? NO_DATE_SQL : sortDate();
  }

  /**
   * The tie order written so that no index can serve it ({@code + 0}): a query ordered by it reads
   * its matches from the index of its condition and sorts them, whatever the planner estimates.
   */
  String unindexedOrder() {
    return dateColumn == null
        ? id() + " + 0 desc"
        : sortDate() + " + 0 desc, " + id() + " + 0 desc";
  }

  /** The condition that a row comes after the one with sort date {@code date} and id {@code id}. */
  String beforeRow(String date, String id) {
    return dateColumn == null
        ? id() + " < " + id
        : "(" + sortDate() + ", " + id() + ") < (" + date + ", " + id + ")";
  }

  /** The tie order within the type: most recent first, unknown dates last, then newest id. */
  String recentOrder() {
    return dateColumn == null ? id() + " desc" : sortDate() + " desc, " + id() + " desc";
  }
}
