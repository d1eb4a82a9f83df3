package io.regtrack.search;

/**
 * What a search hit is. The order is the tie order of hits with the same score and date.
 *
 * <p>Each type has its table, its alias in the generated SQL and its date column (publish, issue,
 * meeting date; persons have none), by which ties are ordered, most recent first.
 */
public enum SearchType {
  REGULATION("regulation", "r", "r.issued_on"),
  DOCUMENT("document", "d", "d.published_on"),
  MEETING("meeting", "m", "m.date"),
  PERSON("person", "p", null);

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

  /** The date of a row in the result columns: the column, or a typed null. */
  String dateSelect() {
    return dateColumn == null ? "cast(null as date)" : dateColumn;
  }

  /** The tie order within the type: most recent first, unknown dates last, then newest id. */
  String recentOrder() {
    return dateColumn == null ? id() + " desc" : dateColumn + " desc nulls last, " + id() + " desc";
  }
}
