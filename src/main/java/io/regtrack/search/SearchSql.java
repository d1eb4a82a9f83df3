package io.regtrack.search;

import io.regtrack.search.SearchQuery.SymbolRef;
import io.regtrack.search.SearchQuery.Term;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SQL of a search: for each type, a list of <em>branches</em> in descending score – an exact
 * symbol, kind and number, a cited regulation, a date, the whole query as a phrase in a title, all
 * words in a title, the phrase anywhere, all words anywhere – each an indexed condition. A row
 * belongs to the first branch it matches (each branch excludes the ones above it), so its score is
 * the best that applies; within a branch rows come most recent first, the order of a B-tree index
 * ({@code coalesce(date, 1800-01-01) desc, id desc}). Word and phrase branches choose, from
 * PostgreSQL's statistics of their words ({@link #walkRows}), between walking that index – a page
 * of a common phrase reads only the newest rows – and reading every match from their GIN index. The
 * page is the union of every branch's first {@code limit + 1} rows after the cursor, ordered by
 * {@code score desc, date desc nulls last, type, id desc}.
 *
 * <p>Scores (the {@code score} of a hit): 1.0 exact symbol; 0.95 a regulation by kind or code and
 * number ("Quy định 58", "QĐ 58"); 0.9 a regulation issued on the date, or a document or meeting
 * citing the regulation named by symbol; 0.85 a document published or a meeting held on the date;
 * 0.8 the query as a phrase in a title or name; 0.7 every word in a title or name; 0.5 the phrase
 * in the body (meetings: location, province, organizer); 0.4 every word anywhere. When nothing
 * matches exactly, the fuzzy mode compares trigrams of person names and of regulations' kind,
 * number, symbol and title instead (pg_trgm word similarity at least 0.6): 0.1 + 0.2 × word
 * similarity. Documents and meetings have no fuzzy mode (see migration V5).
 */
final class SearchSql {
  /** Exact words and phrases, or trigram similarity when nothing matched exactly. */
  enum Mode {
    EXACT,
    FUZZY
  }

  /** A position in the ranking: the sort key of the last hit seen. */
  record Position(double score, LocalDate date, SearchType type, long id) {}

  /** A statement with its named parameters. */
  record Statement(String sql, Map<String, Object> params) {}

  /**
   * One way a row of one type matches, with its score and SQL condition over the type's alias.
   *
   * @param text for a word or phrase condition, what it requires of which tsvector columns (to
   *     estimate how many rows match, see {@link #walkRows}); empty for the others
   * @param prefilter for a symbol or date with other words ("quán triệt quy định 58 sóc trăng"),
   *     the symbol's or date's own condition, which selects the rows before the words are checked
   *     ({@link #level}); {@code null} for the others
   */
  record Branch(
      SearchType type,
      String name,
      double score,
      String scoreExpr,
      String condition,
      List<Text> text,
      String prefilter) {
    Branch(SearchType type, String name, double score, String scoreExpr, String condition) {
      this(type, name, score, scoreExpr, condition, List.of(), null);
    }

    boolean fixedScore() {
      return scoreExpr == null;
    }
  }

  /**
   * What a text condition requires of one tsvector column: every term, each term a phrase of
   * adjacent lexemes or one lexeme.
   *
   * @param column {@code table.column}, as in {@link SearchStatistics#COLUMNS}
   */
  record Text(String column, List<List<String>> terms) {}

  static final double SYMBOL = 1.0;
  static final double NUMBER = 0.95;
  static final double CITES = 0.9;
  static final double ISSUED = 0.9;
  static final double DATED = 0.85;
  static final double TITLE_PHRASE = 0.8;
  static final double TITLE = 0.7;
  static final double BODY_PHRASE = 0.5;
  static final double BODY = 0.4;

  private final SearchQuery query;
  private final Mode mode;
  private final LexemeStatistics statistics;
  private final Map<String, Object> params = new HashMap<>();
  private final Map<SearchType, List<Branch>> branches = new java.util.EnumMap<>(SearchType.class);

  /** A search without statistics: every text branch walks {@value #UNKNOWN_WALK} rows first. */
  SearchSql(SearchQuery query, Mode mode) {
    this(query, mode, LexemeStatistics.NONE);
  }

  SearchSql(SearchQuery query, Mode mode, LexemeStatistics statistics) {
    this.query = query;
    this.mode = mode;
    this.statistics = statistics;
    bindQuery();
  }

  // ------------------------------------------------------------------------------ parameters

  private void bindQuery() {
    String and = SearchQuery.and(query.terms());
    if (and != null) {
      params.put("q_and", and);
    }
    if (query.terms().size() > 1) {
      params.put("q_phrase", query.phrase());
      params.put("q_phrase_pairs", SearchQuery.pairs(List.of(query.words())));
    }
    String andPairs = SearchQuery.pairs(query.terms().stream().map(Term::words).toList());
    if (and != null && andPairs != null) {
      params.put("q_and_pairs", andPairs);
    }
    SymbolRef symbol = query.symbol();
    if (symbol != null) {
      if (symbol.complete()) {
        params.put("sym_keys", symbol.looseKeys());
      } else {
        params.put("sym_numbers", symbol.numbers());
        if (symbol.code() != null) {
          params.put(
              "sym_re",
              "^("
                  + String.join("|", symbol.numbers())
                  + ")([0-9][0-9][0-9][0-9])*"
                  + symbol.code());
        } else {
          params.put("sym_kinds", symbol.kinds().stream().map(Enum::name).sorted().toList());
        }
      }
      String rest = SearchQuery.and(query.termsBesideSymbol());
      if (rest != null) {
        params.put("q_sym_rest", rest);
      }
    }
    if (query.date() != null) {
      params.put("q_date", query.date());
      String rest = SearchQuery.and(query.termsBesideDate());
      if (rest != null) {
        params.put("q_date_rest", rest);
      }
    }
    if (mode == Mode.FUZZY) {
      // Similar spelling is for words: a number names one regulation, and "2579" must not find
      // 2571 by its trigrams. Numbers still have to occur exactly.
      List<String> words = query.words();
      List<String> lettered = words.stream().filter(SearchSql::hasLetter).toList();
      List<String> numbers = words.stream().filter(w -> !hasLetter(w)).toList();
      if (!lettered.isEmpty()) {
        params.put("q_plain", String.join(" ", lettered));
        if (!numbers.isEmpty()) {
          params.put("q_numbers", String.join(" & ", numbers));
        }
      }
    }
  }

  static boolean hasLetter(String word) {
    return word.chars().anyMatch(Character::isLetter);
  }

  private static String ts(String column, String param) {
    return column + " @@ to_tsquery('simple', :" + param + ")";
  }

  /**
   * A phrase condition on a document body: the word condition, and the adjacent word pairs of its
   * phrases in {@code d.pairs_tsv} (migration V5) when it has any. The pairs make a phrase
   * selective for the index and the planner: "nguyen van hung" is three common words in most
   * articles, whose conjunction the planner estimates as common – and would then read the recency
   * index row by row, checking the phrase on each – but {@code nguyen_van & van_hung} is as rare as
   * the phrase, and exact in the GIN index (the phrase itself is then checked only on those rows).
   * The idea of Elasticsearch's {@code index_phrases}.
   */
  private String bodyTs(String param) {
    String condition = ts("d.search_tsv", param);
    String pairs = param + "_pairs";
    return params.containsKey(pairs)
        ? condition + " and d.pairs_tsv @@ cast(:" + pairs + " as tsquery)"
        : condition;
  }

  /**
   * A branch of a symbol's or a date's condition, and the query's other words ({@code restParam})
   * when it has any.
   */
  private Branch restBranch(
      SearchType type,
      String name,
      double score,
      String condition,
      String column,
      String restParam) {
    if (!params.containsKey(restParam)) {
      return new Branch(type, name, score, null, condition);
    }
    return new Branch(
        type, name, score, null, condition + " and " + ts(column, restParam), List.of(), condition);
  }

  /** The registry condition of the named symbol over alias {@code r}. */
  private String symbolCondition(String r) {
    SymbolRef symbol = query.symbol();
    if (symbol.complete()) {
      return r + ".symbol_loose in (:sym_keys)";
    }
    if (symbol.code() != null) {
      return r + ".number in (:sym_numbers) and " + r + ".symbol_loose ~ :sym_re";
    }
    return r + ".number in (:sym_numbers) and " + r + ".kind in (:sym_kinds)";
  }

  // -------------------------------------------------------------------------------- branches

  /** The branches of one type, best first (built once: every level and count asks for them). */
  List<Branch> branches(SearchType type) {
    return branches.computeIfAbsent(type, t -> List.copyOf(build(t)));
  }

  private List<Branch> build(SearchType type) {
    List<Branch> out = new ArrayList<>();
    if (mode == Mode.FUZZY) {
      if (params.containsKey("q_plain")) {
        String target =
            switch (type) {
              case REGULATION -> "r.search_key";
              case PERSON -> "p.name_fold";
              case DOCUMENT, MEETING -> null;
            };
        String numbers =
            params.containsKey("q_numbers")
                ? " and "
                    + ts(
                        type == SearchType.REGULATION ? "r.search_tsv" : "p.search_tsv",
                        "q_numbers")
                : "";
        if (target == null) {
          return out; // no trigram fallback over article and meeting titles (see V5)
        }
        out.add(
            new Branch(
                type,
                "fuzzy",
                Double.NaN,
                "cast(round(cast(0.1 + 0.2 * word_similarity(:q_plain, "
                    + target
                    + ") as numeric), 4) as float8)",
                ":q_plain <% " + target + numbers));
      }
      return out;
    }
    boolean symbol = query.symbol() != null;
    boolean date = query.date() != null;
    boolean and = params.containsKey("q_and");
    boolean phrase = params.containsKey("q_phrase");
    switch (type) {
      case REGULATION -> {
        if (symbol) {
          out.add(
              restBranch(
                  type,
                  query.symbol().complete() ? "symbol" : "number",
                  query.symbol().complete() ? SYMBOL : NUMBER,
                  symbolCondition("r"),
                  "r.search_tsv",
                  "q_sym_rest"));
        }
        if (date) {
          out.add(
              restBranch(
                  type, "issued", ISSUED, "r.issued_on = :q_date", "r.search_tsv", "q_date_rest"));
        }
        if (phrase) {
          out.add(textBranch(type, "title-phrase", TITLE_PHRASE, "r.search_tsv", "q_phrase"));
        }
        if (and) {
          out.add(textBranch(type, "title", TITLE, "r.search_tsv", "q_and"));
        }
      }
      case DOCUMENT -> {
        if (symbol) {
          out.add(
              restBranch(
                  type,
                  "cites",
                  CITES,
                  "d.id in (select c.document_id from citation c"
                      + " join regulation cr on cr.id = c.regulation_id where "
                      + symbolCondition("cr")
                      + ")",
                  "d.search_tsv",
                  "q_sym_rest"));
        }
        if (date) {
          out.add(
              restBranch(
                  type,
                  "published",
                  DATED,
                  "d.published_on = :q_date",
                  "d.search_tsv",
                  "q_date_rest"));
        }
        textBranches(out, type, "d.title_tsv", "d.search_tsv", phrase, and);
      }
      case MEETING -> {
        if (symbol) {
          out.add(
              restBranch(
                  type,
                  "cites",
                  CITES,
                  "m.id in (select mr.meeting_id from meeting_regulation mr"
                      + " join regulation cr on cr.id = mr.regulation_id where "
                      + symbolCondition("cr")
                      + ")",
                  "m.search_tsv",
                  "q_sym_rest"));
        }
        if (date) {
          out.add(
              restBranch(type, "held", DATED, "m.date = :q_date", "m.search_tsv", "q_date_rest"));
        }
        textBranches(out, type, "m.title_tsv", "m.search_tsv", phrase, and);
      }
      case PERSON -> {
        if (phrase) {
          out.add(textBranch(type, "name-phrase", TITLE_PHRASE, "p.search_tsv", "q_phrase"));
        }
        if (and) {
          out.add(textBranch(type, "name", TITLE, "p.search_tsv", "q_and"));
        }
      }
    }
    return out;
  }

  /**
   * The title and body tiers of documents and meetings.
   *
   * @param title the title tsvector ({@code d.title_tsv})
   * @param body the tsvector of the whole text ({@code d.search_tsv}); documents add their word
   *     pairs ({@link #bodyTs})
   */
  private void textBranches(
      List<Branch> out, SearchType type, String title, String body, boolean phrase, boolean and) {
    if (phrase) {
      out.add(textBranch(type, "title-phrase", TITLE_PHRASE, title, "q_phrase"));
    }
    if (and) {
      out.add(textBranch(type, "title", TITLE, title, "q_and"));
    }
    if (phrase) {
      out.add(textBranch(type, "body-phrase", BODY_PHRASE, body, "q_phrase"));
    }
    if (and) {
      out.add(textBranch(type, "body", BODY, body, "q_and"));
    }
  }

  /**
   * A branch of a word or phrase condition ({@code q_phrase} or {@code q_and}) on one tsvector
   * column, with what it requires of the column's lexemes; on a document body also of its word
   * pairs.
   */
  private Branch textBranch(
      SearchType type, String name, double score, String column, String param) {
    boolean phrase = param.equals("q_phrase");
    List<List<String>> terms =
        phrase
            ? List.of(query.words())
            : query.terms().stream().distinct().map(Term::words).toList();
    List<Text> text = new ArrayList<>();
    text.add(new Text(type.table + column.substring(column.indexOf('.')), terms));
    String condition = column.equals("d.search_tsv") ? bodyTs(param) : ts(column, param);
    // The word pairs of an article (title and body, document.pairs_tsv) bound how often its phrases
    // occur in its title or body, and their statistics know pairs where the words' statistics only
    // know words ("le thi ha": three common words, one rare name). A meeting's title is its
    // report's headline, and its other text (place, province, organizer) is in the report too.
    if (type == SearchType.DOCUMENT || type == SearchType.MEETING) {
      List<List<String>> pairs =
          terms.stream().filter(t -> phrase || t.size() > 1).map(SearchSql::pairs).toList();
      if (params.containsKey(param + "_pairs") && !pairs.isEmpty()) {
        text.add(new Text("document.pairs_tsv", pairs));
      }
    }
    return new Branch(type, name, score, null, condition, List.copyOf(text), null);
  }

  /** The adjacent pairs of a phrase, as lexemes of {@code pairs_tsv}: [a, b, c] → [a_b, b_c]. */
  private static List<String> pairs(List<String> words) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      out.add(words.get(i) + "_" + words.get(i + 1));
    }
    return out;
  }

  // ------------------------------------------------------------------------------ statements

  /**
   * Rows a text branch walks when the statistics say nothing (a table never analyzed): enough for a
   * page of a common word, little enough to waste when the words are rare.
   */
  static final int UNKNOWN_WALK = 1000;

  /** The most rows a text branch walks before it reads the index. */
  static final int MAX_WALK = 10_000;

  /**
   * How a text branch of the given type reads the {@code k} most recent rows it matches: {@code 0}
   * to read every match from its GIN index and sort them, or the number of the newest rows to walk
   * in recency order (a B-tree index), checking each, before reading the index for the older ones.
   *
   * <p>PostgreSQL cannot make this choice for phrases and conjunctions: it estimates them as if
   * their words were independent, so a subject phrase that occurs in every twentieth title looks
   * like one in a million, and it reads and sorts thousands of matches for a page of 20. The walk
   * needs about {@code k / f} rows for a fraction {@code f} of matching rows, the index about
   * {@code f × n} for a table of {@code n} rows; {@link LexemeStatistics} estimates {@code f} (from
   * above for phrases), so the walk is chosen when {@code f² × n ≥ k}. It is bounded by the index's
   * cost, {@code f × n} rows (at most {@value #MAX_WALK}): when the estimate was too high and the
   * walk finds less than a page, the index does the rest, and the query costs at most about twice
   * what the better plan would have – the ski-rental bound. Without statistics the walk reads
   * {@value #UNKNOWN_WALK} rows.
   */
  int walkRows(Branch b, int k) {
    if (b.text().isEmpty() || !b.fixedScore()) {
      return 0;
    }
    double n = statistics.rows(b.type().table);
    double f = Double.NaN;
    for (Text t : b.text()) {
      double each = statistics.fraction(t.column(), t.terms());
      if (!Double.isNaN(each)) {
        f = Double.isNaN(f) ? each : Math.min(f, each);
      }
    }
    if (Double.isNaN(f) || Double.isNaN(n)) {
      return UNKNOWN_WALK;
    }
    if (f * f * n < k) {
      return 0;
    }
    return (int) Math.max(k, Math.min(MAX_WALK, Math.ceil(f * n)));
  }

  /** One branch of a level: its type and its index among the type's branches. */
  record Part(SearchType type, int index) {}

  /** A score level: the branches of every type with that score (at most one per type). */
  record Level(double score, List<Part> parts) {}

  /**
   * The score levels of the given types, best first. Their SQL runs them in order and stops once
   * the page is full, so a page that the title tiers fill never pays for the body tiers. In the
   * fuzzy mode all branches form one level.
   */
  List<Level> levels(Set<SearchType> types) {
    java.util.TreeMap<Double, List<Part>> levels =
        new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
    for (SearchType type : SearchType.values()) {
      if (!types.contains(type)) {
        continue;
      }
      List<Branch> branches = branches(type);
      for (int i = 0; i < branches.size(); i++) {
        Branch b = branches.get(i);
        levels
            .computeIfAbsent(
                b.fixedScore() ? b.score() : Double.NEGATIVE_INFINITY, k -> new ArrayList<>())
            .add(new Part(type, i));
      }
    }
    List<Level> out = new ArrayList<>();
    levels.forEach((score, parts) -> out.add(new Level(score, List.copyOf(parts))));
    return out;
  }

  /**
   * The ranking statement of all levels, in one round trip: each level's hits (see {@link #level})
   * in level order, up to {@code :k} rows, columns level, type ordinal, id, score, sort date. The
   * levels are the children of a {@code union all} under the limit, without an order around them:
   * PostgreSQL runs the children of an Append one after the other and stops when the limit is
   * reached, so a page that the first levels fill never runs the others. A parallel plan could
   * interleave the children; the call of the PARALLEL UNSAFE function {@code search_serial()}
   * (migration V5) rules parallel plans out. Levels whose branches all rank before {@code after}
   * are left out.
   *
   * @param k the rows wanted (the value of {@code :k}), for the choice of plan of each branch
   * @return {@code null} when no level can produce a row
   */
  Statement combined(
      List<Level> levels, Map<SearchType, SqlFilter> filters, Position after, int k) {
    Map<String, Object> all = new HashMap<>(params);
    List<String> children = new ArrayList<>();
    for (int i = 0; i < levels.size(); i++) {
      String level = level(i, levels.get(i).parts(), filters, after, k, all);
      if (level != null) {
        children.add("(" + level + ")");
      }
    }
    if (children.isEmpty()) {
      return null;
    }
    all.put("k", k);
    return new Statement(
        "select lv, t, id, s, dt from ("
            + String.join(" union all ", children)
            + ") levels where search_serial() limit :k",
        all);
  }

  /**
   * The SQL of the branches of one level: up to {@code :k} hits after {@code after} (or from the
   * start) in rank order.
   *
   * <p>A branch below the first of its type leaves out the rows of the branches above it ("all
   * words, but not as a phrase"). A text branch reads its rows as {@link #walkRows} chooses: either
   * every match from its GIN index, sorted (the order is written so that no B-tree can serve it, so
   * the planner cannot walk the recency index on an estimate), or first a bounded walk of the
   * newest rows – the rows of a B-tree range in recency order, each checked – and then, only when
   * the walk found less than a page, the matches beyond the walk's last row from the GIN index.
   * Other branches (symbols, dates, cited regulations) are B-tree conditions the planner estimates
   * well, and it chooses their plan.
   *
   * @param all the statement's parameters, to add to
   * @return {@code null} when no branch can produce a row after {@code after}
   */
  private String level(
      int lv,
      List<Part> parts,
      Map<SearchType, SqlFilter> filters,
      Position after,
      int k,
      Map<String, Object> all) {
    List<String> sql = new ArrayList<>();
    for (Part part : parts) {
      SearchType type = part.type();
      List<Branch> branches = branches(type);
      Branch b = branches.get(part.index());
      String prefix = "c" + type.ordinal();
      // The rows of the table that the branch may return: the filter and the cursor.
      List<String> range = new ArrayList<>();
      SqlFilter filter = filters.get(type);
      if (filter != null) {
        range.add("(" + filter.condition() + ")");
        all.putAll(filter.params());
      }
      if (after != null) {
        String beyond = after(b, after, prefix, all);
        if (beyond == null) {
          continue; // the whole branch ranks before the cursor
        }
        if (!beyond.isEmpty()) {
          range.add(beyond);
        }
      }
      StringBuilder own = new StringBuilder("(").append(b.condition()).append(")");
      for (int j = 0; j < part.index(); j++) {
        own.append(" and not coalesce((").append(branches.get(j).condition()).append("), false)");
      }
      String a = type.alias;
      String select =
          "select "
              + lv
              + " as lv, "
              + type.ordinal()
              + " as t, "
              + type.id()
              + " as id, "
              + (b.fixedScore() ? literal(b.score()) : b.scoreExpr())
              + " as s, "
              + type.dateSelect()
              + " as dt from ";
      String from = type.table + " " + a;
      if (b.text().isEmpty() || !b.fixedScore()) {
        String order =
            b.fixedScore() ? type.recentOrder() : b.scoreExpr() + " desc, " + type.recentOrder();
        if (b.prefilter() != null) {
          // The symbol's or date's rows first (few, and estimated well), then the other words on
          // them: behind the OFFSET 0 fence the planner cannot read the words from their GIN
          // index, whose matches it underestimates like any conjunction (thousands of articles
          // with "quán triệt … sóc trăng", estimated at 21, read before the 40 citing ones).
          from = "(select " + a + ".* from " + from + " where " + b.prefilter() + " offset 0) " + a;
        }
        sql.add(
            "("
                + select
                + from
                + " where "
                + and(own, range)
                + " order by "
                + order
                + " limit :k)");
        continue;
      }
      String indexed =
          select + from + " where " + "%s" + " order by " + type.unindexedOrder() + " limit :k";
      int walk = walkRows(b, k);
      if (walk == 0) {
        sql.add("(" + indexed.formatted(and(own, range)) + ")");
        continue;
      }
      String rangeSql = range.isEmpty() ? "true" : String.join(" and ", range);
      // The walk's own order, by its output columns, so that no sort is needed above it.
      String walked =
          select
              + "(select "
              + a
              + ".*, "
              + type.dateSelect()
              + " as sd from "
              + from
              + " where "
              + rangeSql
              + " order by "
              + type.recentOrder()
              + " limit "
              + walk
              + ") "
              + a
              + " where "
              + own
              + " order by "
              + (type.sortDate() == null ? "" : a + ".sd desc, ")
              + a
              + ".id desc limit :k";
      List<String> older = new ArrayList<>(range);
      older.add(type.beforeRow("e.ed", "e.ei"));
      String rest =
          "select b.* from (select "
              + type.dateSelect()
              + " as ed, "
              + type.id()
              + " as ei from "
              + from
              + " where "
              + rangeSql
              + " order by "
              + type.recentOrder()
              + " offset "
              + (walk - 1)
              + " limit 1) e cross join lateral ("
              + indexed.formatted(and(own, older))
              + ") b";
      sql.add("(select * from ((" + walked + ") union all (" + rest + ")) z limit :k)");
    }
    if (sql.isEmpty()) {
      return null;
    }
    if (sql.size() == 1) {
      return sql.getFirst();
    }
    return "select lv, t, id, s, dt from ("
        + String.join(" union all ", sql)
        + ") x order by s desc, dt desc, t, id desc limit :k";
  }

  private static String and(CharSequence own, List<String> range) {
    return range.isEmpty() ? own.toString() : own + " and " + String.join(" and ", range);
  }

  /**
   * How many rows of {@code type} match any branch (and the filter).
   *
   * @return {@code null} when no branch can match
   */
  Statement count(SearchType type, SqlFilter filter) {
    List<Branch> branches = branches(type);
    if (branches.isEmpty()) {
      return null;
    }
    Map<String, Object> all = new HashMap<>(params);
    String where = filter == null ? "" : " and (" + filter.condition() + ")";
    if (filter != null) {
      all.putAll(filter.params());
    }
    // One select per branch, each on its own index, rather than an OR of their conditions.
    String union =
        branches.stream()
            .map(
                b ->
                    "select "
                        + type.id()
                        + " from "
                        + type.table
                        + " "
                        + type.alias
                        + " where ("
                        + b.condition()
                        + ")"
                        + where)
            .collect(Collectors.joining(" union "));
    return new Statement("select count(*) from (" + union + ") x", all);
  }

  /**
   * The condition "after {@code p} in rank order" for rows of branch {@code b}: {@code ""} when
   * every row of the branch is after it, {@code null} when none is.
   */
  private static String after(Branch b, Position p, String prefix, Map<String, Object> params) {
    SearchType type = b.type();
    String tieAfter = tieAfter(type, p, prefix, params);
    if (b.fixedScore()) {
      int cmp = Double.compare(b.score(), p.score());
      if (cmp > 0) {
        return null;
      }
      if (cmp < 0) {
        return "";
      }
      return tieAfter == null ? null : tieAfter.isEmpty() ? "" : tieAfter;
    }
    params.put(prefix + "s", p.score());
    String below = b.scoreExpr() + " < :" + prefix + "s";
    if (tieAfter == null) {
      return "(" + below + ")";
    }
    String same = b.scoreExpr() + " = :" + prefix + "s";
    return "(" + below + " or (" + same + (tieAfter.isEmpty() ? "" : " and " + tieAfter) + "))";
  }

  /**
   * Among rows with the cursor's score: the condition that a row of {@code type} comes after the
   * cursor in the order {@code sort date desc, type, id desc}; {@code ""} for all rows, {@code
   * null} for none. Each form is a range of the type's recency index.
   */
  private static String tieAfter(
      SearchType type, Position p, String prefix, Map<String, Object> params) {
    int typeCmp = Integer.compare(type.ordinal(), p.type().ordinal());
    LocalDate cursorDate = p.date() == null ? SearchType.NO_DATE : p.date();
    String date = type.sortDate();
    if (date == null) {
      // An undated type: every row sorts at NO_DATE.
      if (cursorDate.isAfter(SearchType.NO_DATE)) {
        return "";
      }
      if (typeCmp > 0) {
        return "";
      }
      if (typeCmp < 0) {
        return null;
      }
      params.put(prefix + "i", p.id());
      return type.id() + " < :" + prefix + "i";
    }
    params.put(prefix + "d", cursorDate);
    if (typeCmp > 0) {
      return date + " <= :" + prefix + "d";
    }
    if (typeCmp < 0) {
      return date + " < :" + prefix + "d";
    }
    params.put(prefix + "i", p.id());
    return "(" + date + ", " + type.id() + ") < (:" + prefix + "d, :" + prefix + "i)";
  }

  private static String literal(double score) {
    return "cast(" + String.format(Locale.ROOT, "%s", score) + " as float8)";
  }

  /** The terms of the query, for highlighting. */
  List<Term> terms() {
    return query.terms();
  }
}
