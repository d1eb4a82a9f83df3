package io.regtrack.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How common words are in the search columns: a snapshot of PostgreSQL's own statistics of the
 * {@code tsvector} columns ({@code pg_stats.most_common_elems}: the fraction of rows containing
 * each frequent lexeme, and the frequency below which a lexeme is not listed) and of the tables'
 * row counts ({@code pg_class.reltuples}), read by {@link SearchStatistics}.
 *
 * <p>It estimates how many rows a text condition matches where the planner cannot: PostgreSQL
 * estimates a phrase or a conjunction of words as if the words were independent – "bảo vệ chính trị
 * nội bộ" as the product of six frequencies, about one row in a million, where a subject phrase
 * occurs in every twentieth title. Here:
 *
 * <ul>
 *   <li>a phrase (one term of several words or word pairs) matches at most as many rows as its
 *       rarest word: its words occur together, so its frequency is the smallest of theirs;
 *   <li>separate terms ("kiểm tra" soc trang) are combined by <em>exponential backoff</em> (the
 *       cardinality estimator of SQL Server 2014): the most selective term's frequency times the
 *       square root of the next, the fourth root of the third, the eighth root of the fourth. It
 *       lies between independence (the product) and full correlation (the minimum), which is where
 *       the words of a query usually are;
 *   <li>a lexeme absent from the list occurs in at most the list's smallest frequency; like
 *       PostgreSQL ({@code tsquery_selectivity}) it is taken as half of that.
 * </ul>
 *
 * @param columns per column ({@code "document.title_tsv"}): the listed lexemes' frequencies and the
 *     smallest listed frequency; a column without statistics (never analyzed) is absent
 * @param rows per table: its estimated row count; absent or negative when never analyzed
 */
record LexemeStatistics(Map<String, Column> columns, Map<String, Double> rows) {
  /** No statistics at all: every estimate is unknown. */
  static final LexemeStatistics NONE = new LexemeStatistics(Map.of(), Map.of());

  /**
   * The statistics of one column.
   *
   * @param frequencies fraction of rows containing each listed lexeme
   * @param floor the smallest listed frequency: unlisted lexemes are rarer
   */
  record Column(Map<String, Double> frequencies, double floor) {
    Column {
      frequencies = Map.copyOf(frequencies);
    }

    double frequency(String lexeme) {
      Double f = frequencies.get(lexeme);
      return f != null ? f : floor / 2;
    }
  }

  LexemeStatistics {
    columns = Map.copyOf(columns);
    rows = Map.copyOf(rows);
  }

  /**
   * The estimated fraction of the rows of {@code column} whose value contains every term, each term
   * a phrase of adjacent lexemes (or one lexeme).
   *
   * @return the fraction, or {@code NaN} when the column has no statistics or there is no term
   */
  double fraction(String column, List<List<String>> terms) {
    Column stats = columns.get(column);
    if (stats == null || terms.isEmpty()) {
      return Double.NaN;
    }
    List<Double> selectivities = new ArrayList<>();
    for (List<String> term : terms) {
      double min = 1;
      for (String lexeme : term) {
        min = Math.min(min, stats.frequency(lexeme));
      }
      selectivities.add(min);
    }
    return backoff(selectivities);
  }

  /** The estimated rows of {@code table}, or {@code NaN} when it was never analyzed. */
  double rows(String table) {
    Double n = rows.get(table);
    return n == null || n < 0 ? Double.NaN : n;
  }

  /**
   * Exponential backoff: s1 · s2^(1/2) · s3^(1/4) · s4^(1/8) over the four smallest selectivities,
   * smallest first.
   */
  static double backoff(List<Double> selectivities) {
    List<Double> sorted = selectivities.stream().sorted().toList();
    double out = 1;
    double exponent = 1;
    for (int i = 0; i < Math.min(4, sorted.size()); i++) {
      out *= Math.pow(sorted.get(i), exponent);
      exponent /= 2;
    }
    return out;
  }
}
