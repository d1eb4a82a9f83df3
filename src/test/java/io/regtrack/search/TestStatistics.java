package io.regtrack.search;

import java.util.HashMap;
import java.util.Map;

/** Invented word statistics that force the plan of every text branch (SearchSql.walkRows). */
final class TestStatistics {
  private TestStatistics() {}

  /**
   * Every lexeme of every search column occurs in the fraction {@code f} of the rows; documents and
   * meetings have {@code documents} rows, regulations and persons {@code others}.
   */
  static LexemeStatistics uniform(double f, double documents, double others) {
    Map<String, LexemeStatistics.Column> columns = new HashMap<>();
    for (String column : SearchStatistics.COLUMNS) {
      // An unlisted lexeme counts as half the smallest listed frequency.
      columns.put(column, new LexemeStatistics.Column(Map.of(), 2 * f));
    }
    return new LexemeStatistics(
        columns,
        Map.of(
            "document", documents, "meeting", documents, "regulation", others, "person", others));
  }
}
