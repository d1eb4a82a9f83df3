package io.regtrack.search;

import io.regtrack.document.DocumentFilter;
import io.regtrack.meeting.MeetingFilter;
import io.regtrack.organization.OrganizationService;
import io.regtrack.person.PersonQueries;
import io.regtrack.province.ProvinceService;
import io.regtrack.province.ProvinceView;
import io.regtrack.regulation.RegulationFilter;
import io.regtrack.regulation.RegulationQueries;
import io.regtrack.search.SearchSql.Mode;
import io.regtrack.search.SearchSql.Position;
import io.regtrack.search.SearchSql.Statement;
import io.regtrack.shared.error.InvalidInputException;
import io.regtrack.shared.paging.Cursor;
import io.regtrack.shared.paging.PageRequest;
import io.regtrack.shared.paging.Slice;
import io.regtrack.shared.time.DateBounds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Vietnamese search over documents, regulations, meetings and persons (DESIGN.md §1, issue 7): one
 * engine for {@code GET /api/v1/search}, GraphQL {@code search} and the {@code q} filter of the
 * lists. The query is understood by {@link SearchQuery} (folding, phrases, symbols, dates), ranked
 * in one SQL statement by {@link SearchSql} (indexed branches: symbol > title > body, most recent
 * first on ties) and marked by {@link Highlighter}. When nothing matches exactly, the same request
 * is answered by trigram similarity of person names and regulation titles (typos: "lam van mn");
 * the cursor remembers which of the two modes a list is in.
 */
@ApplicationScoped
public class SearchService {
  private static final Pattern PARAM_START = Pattern.compile(":([a-z][a-z0-9_]*)");

  private final EntityManager em;
  private final ProvinceService provinces;
  private final OrganizationService organizations;
  private final PersonQueries persons;
  private final RegulationQueries regulations;
  private final SearchStatistics statistics;

  public SearchService(
      EntityManager em,
      SearchStatistics statistics,
      ProvinceService provinces,
      OrganizationService organizations,
      PersonQueries persons,
      RegulationQueries regulations) {
    this.em = em;
    this.statistics = statistics;
    this.provinces = provinces;
    this.organizations = organizations;
    this.persons = persons;
    this.regulations = regulations;
  }

  // ------------------------------------------------------------------------------- the search

  /**
   * A page of hits of the given types for {@code q}, best first, each with its score and
   * highlights.
   *
   * @param types which types; empty for all
   * @throws InvalidInputException naming {@code q} when it is blank or longer than {@value
   *     SearchQuery#MAX_LENGTH} characters, or the cursor argument for a malformed cursor or a
   *     backward page
   */
  @Transactional
  public Slice<SearchHit> search(String q, Set<SearchType> types, PageRequest request) {
    indexScansOnly();
    SearchQuery query = parse(q);
    Set<SearchType> chosen = types.isEmpty() ? EnumSet.allOf(SearchType.class) : types;
    Ranking ranking = rank("search", query, chosen, Map.of(), request);
    return highlight(query, ranking);
  }

  /** How many hits {@link #search} finds over all pages. */
  @Transactional
  public long count(String q, Set<SearchType> types) {
    indexScansOnly();
    SearchQuery query = parse(q);
    if (query.isEmpty()) {
      return 0;
    }
    Set<SearchType> chosen = types.isEmpty() ? EnumSet.allOf(SearchType.class) : types;
    for (Mode mode : Mode.values()) {
      SearchSql sql = new SearchSql(query, mode);
      long total = 0;
      for (SearchType type : chosen) {
        total += count(sql.count(type, NO_FILTER));
      }
      if (total > 0) {
        return total;
      }
    }
    return 0;
  }

  // --------------------------------------------------------------------- the lists' q filters

  /**
   * The ids of a page of the documents matching {@code filter} and {@code q}, by relevance.
   *
   * @throws InvalidInputException as {@link #search}
   */
  @Transactional
  public Slice<Long> documents(String q, DocumentFilter filter, PageRequest request) {
    indexScansOnly();
    return ids("documents", q, SearchType.DOCUMENT, documentFilter(filter), request);
  }

  /** How many documents match {@code filter} and {@code q}. */
  @Transactional
  public long countDocuments(String q, DocumentFilter filter) {
    indexScansOnly();
    return count(q, SearchType.DOCUMENT, documentFilter(filter));
  }

  /**
   * The ids of a page of the regulations matching {@code filter} (its own {@code q} aside) and
   * {@code q}, by relevance.
   */
  @Transactional
  public Slice<Long> regulations(String q, RegulationFilter filter, PageRequest request) {
    indexScansOnly();
    return ids("regulations", q, SearchType.REGULATION, regulationFilter(filter), request);
  }

  /** How many regulations match {@code filter} and {@code q}. */
  @Transactional
  public long countRegulations(String q, RegulationFilter filter) {
    indexScansOnly();
    return count(q, SearchType.REGULATION, regulationFilter(filter));
  }

  /**
   * The ids of a page of the meetings matching {@code filter} and {@code q}, by relevance.
   *
   * @throws InvalidInputException naming {@code province} for an unknown province
   */
  @Transactional
  public Slice<Long> meetings(String q, MeetingFilter filter, PageRequest request) {
    indexScansOnly();
    return ids("meetings", q, SearchType.MEETING, meetingFilter(filter), request);
  }

  /** How many meetings match {@code filter} and {@code q}. */
  @Transactional
  public long countMeetings(String q, MeetingFilter filter) {
    indexScansOnly();
    return count(q, SearchType.MEETING, meetingFilter(filter));
  }

  /** The ids of a page of the persons matching {@code q}, by relevance. */
  @Transactional
  public Slice<Long> persons(String q, PageRequest request) {
    indexScansOnly();
    return ids("persons", q, SearchType.PERSON, NO_FILTER, request);
  }

  /** How many persons match {@code q}. */
  @Transactional
  public long countPersons(String q) {
    indexScansOnly();
    return count(q, SearchType.PERSON, NO_FILTER);
  }

  /** A filter that lets every row through. */
  private static final SqlFilter NO_FILTER = new SqlFilter("true", Map.of());

  /** A filter no row meets (a regulation symbol no regulation has). */
  private static final SqlFilter NOTHING = null;

  private Slice<Long> ids(
      String list, String q, SearchType type, SqlFilter filter, PageRequest request) {
    SearchQuery query = parse(q);
    if (filter == NOTHING) {
      checkCursor(list, query, Set.of(type), request);
      return Slice.empty();
    }
    Ranking ranking = rank(list, query, Set.of(type), Map.of(type, filter), request);
    List<Long> ids = ranking.rows().stream().map(Row::id).toList();
    return new Slice<>(ids, ranking.cursors(), ranking.hasNext(), ranking.hasPrevious());
  }

  private long count(String q, SearchType type, SqlFilter filter) {
    SearchQuery query = parse(q);
    if (filter == NOTHING || query.isEmpty()) {
      return 0;
    }
    long exact = count(new SearchSql(query, Mode.EXACT).count(type, filter));
    return exact > 0 ? exact : count(new SearchSql(query, Mode.FUZZY).count(type, filter));
  }

  private long count(Statement statement) {
    if (statement == null) {
      return 0;
    }
    return ((Number) query(statement).getSingleResult()).longValue();
  }

  /**
   * Disables sequential scans and generic plans for the rest of this transaction ({@code
   * set_config(…, true)}).
   *
   * <p>Every search condition has an index (GIN for words and phrases, trigram GIN for names,
   * B-tree for dates, symbols and the recency order), and the index is the right plan at any size
   * that matters; but on a small table (a few thousand documents) the planner estimates a scan of
   * the whole table as cheaper for a broad word, and for counts of most of a table. The setting
   * keeps search on its indexes (the planner still falls back to a scan where no index applies, and
   * SearchExplainTest fails then).
   *
   * <p>It also plans every statement for its parameters ({@code plan_cache_mode =
   * force_custom_plan}): the JDBC driver prepares a statement on the server after five executions,
   * and PostgreSQL then may switch to a generic plan, which cannot know how selective a tsquery, a
   * symbol or a date is – for a search that is the difference between reading ten index entries and
   * reading a whole index.
   */
  private void indexScansOnly() {
    em.createNativeQuery(
            "select set_config('enable_seqscan', 'off', true),"
                + " set_config('plan_cache_mode', 'force_custom_plan', true)")
        .getResultList();
  }

  // ---------------------------------------------------------------------------------- ranking

  /** One ranked row: type, id, score and date (the tie order). */
  record Row(SearchType type, long id, double score, LocalDate date) {}

  /** A page of rows with their cursors. */
  record Ranking(
      List<Row> rows, List<String> cursors, boolean hasNext, boolean hasPrevious, Mode mode) {}

  private Ranking rank(
      String list,
      SearchQuery query,
      Set<SearchType> types,
      Map<SearchType, SqlFilter> filters,
      PageRequest request) {
    if (request.fromEnd() || request.before() != null) {
      throw new InvalidInputException(
          request.fromEnd() ? "last" : "before",
          "Search results page forward only: use first and after");
    }
    Mode mode = Mode.EXACT;
    Position after = null;
    if (request.after() != null) {
      Decoded decoded = decode(list, query, types, request);
      mode = decoded.mode();
      after = decoded.position();
    }
    List<Row> rows = List.of();
    if (!query.isEmpty()) {
      LexemeStatistics stats = statistics.current();
      rows = run(new SearchSql(query, mode, stats), types, filters, after, request.size() + 1);
      if (rows.isEmpty() && after == null && !query.words().isEmpty()) {
        mode = Mode.FUZZY;
        rows = run(new SearchSql(query, mode, stats), types, filters, null, request.size() + 1);
      }
    }
    boolean more = rows.size() > request.size();
    List<Row> page = more ? rows.subList(0, request.size()) : rows;
    String prefix = prefix(list, query, types, mode);
    List<String> cursors = page.stream().map(r -> Cursor.encode(prefix, key(r))).toList();
    return new Ranking(page, cursors, more, after != null, mode);
  }

  /** Runs the ranking ({@link SearchSql#combined}): the first {@code max} rows, in one query. */
  private List<Row> run(
      SearchSql sql,
      Set<SearchType> types,
      Map<SearchType, SqlFilter> filters,
      Position after,
      int max) {
    Statement statement = sql.combined(sql.levels(types), filters, after, max);
    List<Row> out = new ArrayList<>();
    if (statement == null) {
      return out;
    }
    for (Object o : query(statement).getResultList()) {
      Object[] cols = (Object[]) o;
      out.add(
          new Row(
              SearchType.values()[((Number) cols[1]).intValue()],
              ((Number) cols[2]).longValue(),
              ((Number) cols[3]).doubleValue(),
              sortDate(toLocalDate(cols[4]))));
    }
    return out;
  }

  /** A native query of a statement, binding only the parameters its SQL uses. */
  private jakarta.persistence.Query query(Statement statement) {
    var query = em.createNativeQuery(statement.sql());
    Set<String> used = new java.util.HashSet<>();
    var m = PARAM_START.matcher(statement.sql());
    while (m.find()) {
      used.add(m.group(1));
    }
    statement
        .params()
        .forEach(
            (k, v) -> {
              if (used.contains(k)) {
                query.setParameter(k, v);
              }
            });
    return query;
  }

  /**
   * The statement a request runs to rank a page (the first, or the one after {@code after}) with
   * the given statistics, for EXPLAIN in tests; empty when nothing can match.
   */
  static List<Statement> statements(
      SearchQuery query,
      Mode mode,
      Set<SearchType> types,
      Map<SearchType, SqlFilter> filters,
      Position after,
      LexemeStatistics statistics) {
    List<Statement> out = new ArrayList<>();
    SearchSql sql = new SearchSql(query, mode, statistics);
    Statement combined = sql.combined(sql.levels(types), filters, after, 21);
    if (combined != null) {
      out.add(combined);
    }
    return out;
  }

  /** The parameters of {@code statement} that its SQL uses. */
  static Map<String, Object> usedParams(Statement statement) {
    Set<String> used = new java.util.HashSet<>();
    var m = PARAM_START.matcher(statement.sql());
    while (m.find()) {
      used.add(m.group(1));
    }
    Map<String, Object> out = new HashMap<>();
    statement
        .params()
        .forEach(
            (k, v) -> {
              if (used.contains(k)) {
                out.put(k, v);
              }
            });
    return out;
  }

  // ---------------------------------------------------------------------------------- cursors

  private record Decoded(Mode mode, Position position) {}

  /**
   * The cursor prefix: the list, the mode and a checksum of the query and types, so that a cursor
   * of another query is refused rather than misread.
   */
  private static String prefix(String list, SearchQuery query, Set<SearchType> types, Mode mode) {
    CRC32 crc = new CRC32();
    crc.update(
        (query.terms() + "|" + query.symbol() + "|" + query.date() + "|" + types)
            .getBytes(StandardCharsets.UTF_8));
    return "search~"
        + list
        + "~"
        + mode.name().toLowerCase(java.util.Locale.ROOT)
        + "~"
        + Long.toHexString(crc.getValue());
  }

  private static String key(Row r) {
    return r.score()
        + ","
        + (r.date() == null ? "" : r.date().toString())
        + ","
        + r.type().ordinal()
        + ","
        + r.id();
  }

  private static Decoded decode(
      String list, SearchQuery query, Set<SearchType> types, PageRequest request) {
    for (Mode mode : Mode.values()) {
      String raw;
      try {
        raw = Cursor.decode(prefix(list, query, types, mode), request.after());
      } catch (InvalidInputException e) {
        continue;
      }
      try {
        String[] parts = raw.split(",", -1);
        if (parts.length == 4) {
          int type = Integer.parseInt(parts[2]);
          long id = Long.parseLong(parts[3]);
          double score = Double.parseDouble(parts[0]);
          if (type >= 0 && type < SearchType.values().length && id > 0 && Double.isFinite(score)) {
            return new Decoded(
                mode,
                new Position(
                    score,
                    parts[1].isEmpty() ? null : LocalDate.parse(parts[1]),
                    SearchType.values()[type],
                    id));
          }
        }
      } catch (RuntimeException e) {
        // fall through: malformed
      }
    }
    String name = request.afterName();
    throw new InvalidInputException(
        name, name + " is not a valid cursor of this search (same q and types)");
  }

  private static void checkCursor(
      String list, SearchQuery query, Set<SearchType> types, PageRequest request) {
    if (request.after() != null) {
      decode(list, query, types, request);
    }
  }

  // ------------------------------------------------------------------------------- highlights

  private Slice<SearchHit> highlight(SearchQuery query, Ranking ranking) {
    Highlighter marker = new Highlighter(query.words(), ranking.mode() == Mode.FUZZY);
    Map<SearchType, List<Long>> byType = new HashMap<>();
    ranking
        .rows()
        .forEach(r -> byType.computeIfAbsent(r.type(), t -> new ArrayList<>()).add(r.id()));
    Map<SearchType, Map<Long, List<Highlight>>> marks = new HashMap<>();
    byType.forEach((type, ids) -> marks.put(type, highlights(type, ids, marker)));
    List<SearchHit> hits = new ArrayList<>();
    for (Row r : ranking.rows()) {
      hits.add(
          new SearchHit(
              r.type(), r.id(), r.score(), marks.get(r.type()).getOrDefault(r.id(), List.of())));
    }
    return new Slice<>(hits, ranking.cursors(), ranking.hasNext(), ranking.hasPrevious());
  }

  /** The highlights of hits of one type, in one query. */
  private Map<Long, List<Highlight>> highlights(
      SearchType type, Collection<Long> ids, Highlighter marker) {
    String sql =
        switch (type) {
          case DOCUMENT -> "select id, title, body from document where id in (:ids)";
          case REGULATION -> "select id, symbol, title from regulation where id in (:ids)";
          case MEETING -> "select id, title, location from meeting where id in (:ids)";
          case PERSON -> "select id, name from person where id in (:ids)";
        };
    String[] fields =
        switch (type) {
          case DOCUMENT -> new String[] {"title", "body"};
          case REGULATION -> new String[] {"symbol", "title"};
          case MEETING -> new String[] {"title", "location"};
          case PERSON -> new String[] {"name"};
        };
    Map<Long, List<Highlight>> out = new HashMap<>();
    for (Object o : em.createNativeQuery(sql).setParameter("ids", ids).getResultList()) {
      Object[] cols = o instanceof Object[] a ? a : new Object[] {o};
      List<Highlight> list = new ArrayList<>();
      for (int i = 0; i < fields.length; i++) {
        String value = (String) cols[i + 1];
        (fields[i].equals("body")
                ? marker.snippet(fields[i], value)
                : marker.whole(fields[i], value))
            .ifPresent(list::add);
      }
      out.put(((Number) cols[0]).longValue(), List.copyOf(list));
    }
    return out;
  }

  // ---------------------------------------------------------------------------------- filters

  private static SearchQuery parse(String q) {
    if (q == null || q.isBlank()) {
      throw new InvalidInputException("q", "q must not be blank");
    }
    if (q.length() > SearchQuery.MAX_LENGTH) {
      throw new InvalidInputException(
          "q", "q must be at most " + SearchQuery.MAX_LENGTH + " characters, got " + q.length());
    }
    return SearchQuery.parse(q);
  }

  static SqlFilter documentFilter(DocumentFilter f) {
    StringBuilder where = new StringBuilder("true");
    Map<String, Object> params = new HashMap<>();
    dateRange(where, params, SearchType.DOCUMENT, f.from(), f.to());
    if (f.regulationIds() != null) {
      if (f.regulationIds().isEmpty()) {
        return NOTHING;
      }
      where.append(
          " and d.id in (select fc.document_id from citation fc where fc.regulation_id in"
              + " (:f_regulations))");
      params.put("f_regulations", f.regulationIds());
    }
    return new SqlFilter(where.toString(), params);
  }

  /**
   * A date range on the type's sort date ({@code coalesce(date, 1800-01-01)}), the key of its
   * recency index, so that a walk of the newest rows in the range is a range of that index; rows
   * without a date are outside every range, as with a condition on the date itself.
   */
  private static void dateRange(
      StringBuilder where,
      Map<String, Object> params,
      SearchType type,
      LocalDate from,
      LocalDate to) {
    DateBounds.check("from", from);
    DateBounds.check("to", to);
    if (from != null) {
      where.append(" and ").append(type.sortDate()).append(" >= :f_from");
      params.put("f_from", from);
    }
    if (to != null) {
      where.append(" and ").append(type.sortDate()).append(" <= :f_to");
      params.put("f_to", to);
    }
    if (from != null || to != null) {
      where.append(" and ").append(type.dateColumn).append(" is not null");
    }
  }

  private SqlFilter regulationFilter(RegulationFilter f) {
    StringBuilder where = new StringBuilder("true");
    Map<String, Object> params = new HashMap<>();
    if (f.kind() != null) {
      where.append(" and r.kind = :f_kind");
      params.put("f_kind", f.kind().name());
    }
    if (f.issuerId() != null) {
      where.append(" and r.issuer_id = :f_issuer");
      params.put("f_issuer", f.issuerId());
    }
    if (f.issuerName() != null) {
      List<Long> issuers = organizations.idsByName(f.issuerName());
      if (issuers.isEmpty()) {
        return NOTHING;
      }
      where.append(" and r.issuer_id in (:f_issuers)");
      params.put("f_issuers", issuers);
    }
    if (f.year() != null) {
      where.append(" and r.issued_on >= :f_year_start and r.issued_on < :f_next_year");
      params.put("f_year_start", LocalDate.of(f.year(), 1, 1));
      params.put("f_next_year", LocalDate.of(f.year() + 1, 1, 1));
    }
    return new SqlFilter(where.toString(), params);
  }

  private SqlFilter meetingFilter(MeetingFilter f) {
    StringBuilder where = new StringBuilder("true");
    Map<String, Object> params = new HashMap<>();
    if (f.province() != null) {
      ProvinceView province =
          provinces
              .byName(f.province())
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "province",
                          "province must be a province name, alias or code (\"Cần Thơ\","
                              + " \"can-tho\"), got '"
                              + f.province()
                              + "'"));
      where.append(" and (m.province_id = :f_province or m.province_today_id = :f_province)");
      params.put("f_province", province.id());
    }
    if (f.kind() != null) {
      where.append(" and m.kind = :f_kind");
      params.put("f_kind", f.kind().name());
    }
    dateRange(where, params, SearchType.MEETING, f.from(), f.to());
    List<Long> regulationIds =
        f.regulationId() != null
            ? List.of(f.regulationId())
            : f.regulationSymbol() != null ? regulations.idsBySymbol(f.regulationSymbol()) : null;
    if (regulationIds != null) {
      if (regulationIds.isEmpty()) {
        return NOTHING;
      }
      where.append(
          " and m.id in (select fmr.meeting_id from meeting_regulation fmr"
              + " where fmr.regulation_id in (:f_regulations))");
      params.put("f_regulations", regulationIds);
    }
    List<Long> organizerIds =
        f.organizerId() != null
            ? List.of(f.organizerId())
            : f.organizerName() != null ? organizations.idsByName(f.organizerName()) : null;
    if (organizerIds != null) {
      if (organizerIds.isEmpty()) {
        return NOTHING;
      }
      where.append(" and m.organizer_id in (:f_organizers)");
      params.put("f_organizers", organizerIds);
    }
    List<Long> personIds =
        f.personId() != null
            ? List.of(f.personId())
            : f.personName() != null ? persons.idsByName(f.personName()) : null;
    if (personIds != null) {
      if (personIds.isEmpty()) {
        return NOTHING;
      }
      where.append(
          " and m.id in (select fmp.meeting_id from meeting_participant fmp"
              + " where fmp.person_id in (:f_persons))");
      params.put("f_persons", personIds);
    }
    return new SqlFilter(where.toString(), params);
  }

  /** The date of a row from its sort date: {@code null} for {@link SearchType#NO_DATE}. */
  private static LocalDate sortDate(LocalDate d) {
    return d == null || d.equals(SearchType.NO_DATE) ? null : d;
  }

  private static LocalDate toLocalDate(Object value) {
    return switch (value) {
      case null -> null;
      case LocalDate d -> d;
      case Date d -> d.toLocalDate();
      default -> LocalDate.parse(value.toString());
    };
  }
}
