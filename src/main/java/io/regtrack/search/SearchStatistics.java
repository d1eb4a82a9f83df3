package io.regtrack.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@link LexemeStatistics} of the search columns, read from {@code pg_stats} and {@code
 * pg_class} and kept for {@link SearchConfig#statisticsRefresh()}. Reading them costs one query of
 * a few thousand rows; a stale snapshot only makes a plan choice less apt, never a result wrong.
 */
@ApplicationScoped
class SearchStatistics {
  /** The tsvector columns search reads, as {@code table.column}. */
  static final String[] COLUMNS = {
    "document.title_tsv",
    "document.search_tsv",
    "document.pairs_tsv",
    "meeting.title_tsv",
    "meeting.search_tsv",
    "regulation.search_tsv",
    "person.search_tsv"
  };

  private record Snapshot(LexemeStatistics statistics, long readAt) {}

  private final EntityManager em;
  private final long refreshNanos;
  private volatile Snapshot snapshot;
  private volatile LexemeStatistics pinned;

  SearchStatistics(EntityManager em, SearchConfig config) {
    this.em = em;
    this.refreshNanos = config.statisticsRefresh().toNanos();
  }

  /** The current snapshot, read again when older than the refresh interval. */
  LexemeStatistics current() {
    LexemeStatistics fixed = pinned;
    if (fixed != null) {
      return fixed;
    }
    Snapshot s = snapshot;
    long now = System.nanoTime();
    if (s == null || now - s.readAt() > refreshNanos) {
      s = new Snapshot(read(), now);
      snapshot = s;
    }
    return s.statistics();
  }

  /**
   * Makes every search use {@code statistics} instead of the database's until called with {@code
   * null} (tests: each plan a branch can get must find the same hits in the same order).
   */
  void pin(LexemeStatistics statistics) {
    pinned = statistics;
    snapshot = null;
  }

  private LexemeStatistics read() {
    Map<String, Map<String, Double>> frequencies = new HashMap<>();
    Map<String, Double> floors = new HashMap<>();
    // most_common_elem_freqs lists the elements' frequencies, then the smallest and the largest of
    // them (and, for arrays, the null frequency): unnest pads the elements with nulls there. The
    // CTE casts each column's elements once (anyarray to text[]): cast per unnested row, a list of
    // 4,000 pairs took seconds.
    for (Object o :
        em.createNativeQuery(
                "with s as materialized (select tablename || '.' || attname as col,"
                    + " most_common_elems::text::text[] as elems,"
                    + " most_common_elem_freqs as freqs from pg_stats"
                    + " where schemaname = current_schema()"
                    + " and tablename in ('document', 'meeting', 'regulation', 'person')"
                    + " and attname in ('title_tsv', 'search_tsv', 'pairs_tsv'))"
                    + " select s.col, u.e, u.f, u.i, cardinality(s.elems) from s"
                    + " cross join lateral unnest(s.elems, s.freqs) with ordinality as u(e, f, i)"
                    + " where s.col in (:columns)")
            .setParameter("columns", java.util.List.of(COLUMNS))
            .getResultList()) {
      Object[] row = (Object[]) o;
      String column = (String) row[0];
      double f = ((Number) row[2]).doubleValue();
      long i = ((Number) row[3]).longValue();
      long n = ((Number) row[4]).longValue();
      if (row[1] != null) {
        frequencies.computeIfAbsent(column, c -> new HashMap<>()).put((String) row[1], f);
      } else if (i == n + 1) {
        floors.put(column, f);
      }
    }
    Map<String, LexemeStatistics.Column> columns = new HashMap<>();
    frequencies.forEach(
        (column, lexemes) ->
            columns.put(
                column,
                new LexemeStatistics.Column(
                    lexemes,
                    floors.getOrDefault(
                        column,
                        lexemes.values().stream()
                            .mapToDouble(Double::doubleValue)
                            .min()
                            .orElse(0)))));
    Map<String, Double> rows = new HashMap<>();
    for (Object o :
        em.createNativeQuery(
                "select c.relname, cast(c.reltuples as float8) from pg_class c"
                    + " where c.relnamespace = cast(current_schema() as regnamespace)"
                    + " and c.relkind = 'r' and c.relname in (:tables)")
            .setParameter(
                "tables", java.util.List.of("document", "meeting", "regulation", "person"))
            .getResultList()) {
      Object[] row = (Object[]) o;
      rows.put((String) row[0], ((Number) row[1]).doubleValue());
    }
    return new LexemeStatistics(columns, rows);
  }
}
