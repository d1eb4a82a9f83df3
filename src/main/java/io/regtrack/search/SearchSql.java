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
 * the best that applies; within a branch rows come most recent first, which is the order of an
 * index ({@code published_on desc nulls last, id desc}), so a page of a broad query reads only the
 * newest matching rows. The page is the union of every branch's first {@code limit + 1} rows after
 * the cursor, ordered by {@code score desc, date desc nulls last, type, id desc}.
 *
 * <p>Scores (the {@code score} of a hit): 1.0 exact symbol; 0.95 a regulation by kind or code and
 * number ("Quy định 58", "QĐ 58"); 0.9 a regulation issued on the date, or a document or meeting
 * citing the regulation named by symbol; 0.85 a document published or a meeting held on the date;
 * 0.8 the query as a phrase in a title or name; 0.7 every word in a title or name; 0.5 the phrase
 * in the body (meetings: location, province, organizer); 0.4 every word anywhere. When nothing
 * matches exactly, the fuzzy mode compares trigrams of titles and names instead: 0.1 + 0.2 × word
 * similarity.
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

  /** One way a row of one type matches, with its score and SQL condition over the type's alias. */
  record Branch(SearchType type, String name, double score, String scoreExpr, String condition) {
    boolean fixedScore() {
      return scoreExpr == null;
    }
  }

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
  private final Map<String, Object> params = new HashMap<>();

  SearchSql(SearchQuery query, Mode mode) {
    this.query = query;
    this.mode = mode;
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
      params.put("q_plain", query.plain());
    }
  }

  private static String ts(String column, String param) {
    return column + " @@ to_tsquery('simple', :" + param + ")";
  }

  private String withRest(String condition, String column, String restParam) {
    return params.containsKey(restParam) ? condition + " and " + ts(column, restParam) : condition;
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

  /** The branches of one type, best first. */
  List<Branch> branches(SearchType type) {
    List<Branch> out = new ArrayList<>();
    if (mode == Mode.FUZZY) {
      if (params.containsKey("q_plain") && !query.plain().isBlank()) {
        String target =
            switch (type) {
              case DOCUMENT -> "vn_fold(d.title)";
              case REGULATION -> "r.search_key";
              case MEETING -> "vn_fold(m.title)";
              case PERSON -> "p.name_fold";
            };
        out.add(
            new Branch(
                type,
                "fuzzy",
                Double.NaN,
                "cast(round(cast(0.1 + 0.2 * word_similarity(:q_plain, "
                    + target
                    + ") as numeric), 4) as float8)",
                ":q_plain <% " + target));
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
              new Branch(
                  type,
                  query.symbol().complete() ? "symbol" : "number",
                  query.symbol().complete() ? SYMBOL : NUMBER,
                  null,
                  withRest(symbolCondition("r"), "r.search_tsv", "q_sym_rest")));
        }
        if (date) {
          out.add(
              new Branch(
                  type,
                  "issued",
                  ISSUED,
                  null,
                  withRest("r.issued_on = :q_date", "r.search_tsv", "q_date_rest")));
        }
        if (phrase) {
          out.add(
              new Branch(type, "title-phrase", TITLE_PHRASE, null, ts("r.search_tsv", "q_phrase")));
        }
        if (and) {
          out.add(new Branch(type, "title", TITLE, null, ts("r.search_tsv", "q_and")));
        }
      }
      case DOCUMENT -> {
        if (symbol) {
          out.add(
              new Branch(
                  type,
                  "cites",
                  CITES,
                  null,
                  withRest(
                      "d.id in (select c.document_id from citation c"
                          + " join regulation cr on cr.id = c.regulation_id where "
                          + symbolCondition("cr")
                          + ")",
                      "d.search_tsv",
                      "q_sym_rest")));
        }
        if (date) {
          out.add(
              new Branch(
                  type,
                  "published",
                  DATED,
                  null,
                  withRest("d.published_on = :q_date", "d.search_tsv", "q_date_rest")));
        }
        textBranches(out, type, "d.title_tsv", "d.search_tsv", phrase, and);
      }
      case MEETING -> {
        if (symbol) {
          out.add(
              new Branch(
                  type,
                  "cites",
                  CITES,
                  null,
                  withRest(
                      "m.id in (select mr.meeting_id from meeting_regulation mr"
                          + " join regulation cr on cr.id = mr.regulation_id where "
                          + symbolCondition("cr")
                          + ")",
                      "m.search_tsv",
                      "q_sym_rest")));
        }
        if (date) {
          out.add(
              new Branch(
                  type,
                  "held",
                  DATED,
                  null,
                  withRest("m.date = :q_date", "m.search_tsv", "q_date_rest")));
        }
        textBranches(out, type, "m.title_tsv", "m.search_tsv", phrase, and);
      }
      case PERSON -> {
        if (phrase) {
          out.add(
              new Branch(type, "name-phrase", TITLE_PHRASE, null, ts("p.search_tsv", "q_phrase")));
        }
        if (and) {
          out.add(new Branch(type, "name", TITLE, null, ts("p.search_tsv", "q_and")));
        }
      }
    }
    return out;
  }

  private static void textBranches(
      List<Branch> out, SearchType type, String title, String body, boolean phrase, boolean and) {
    if (phrase) {
      out.add(new Branch(type, "title-phrase", TITLE_PHRASE, null, ts(title, "q_phrase")));
    }
    if (and) {
      out.add(new Branch(type, "title", TITLE, null, ts(title, "q_and")));
    }
    if (phrase) {
      out.add(new Branch(type, "body-phrase", BODY_PHRASE, null, ts(body, "q_phrase")));
    }
    if (and) {
      out.add(new Branch(type, "body", BODY, null, ts(body, "q_and")));
    }
  }

  // ------------------------------------------------------------------------------ statements

  /**
   * The ranking statement: up to {@code max} hits of the given types after {@code after} (or from
   * the start), in rank order; columns type ordinal, id, score, date.
   *
   * @param filters per type, a condition over its alias that every hit must meet (absent: none)
   * @return {@code null} when no branch can produce a row
   */
  Statement rank(
      Set<SearchType> types, Map<SearchType, SqlFilter> filters, Position after, int max) {
    Map<String, Object> all = new HashMap<>(params);
    List<String> parts = new ArrayList<>();
    int n = 0;
    for (SearchType type : SearchType.values()) {
      if (!types.contains(type)) {
        continue;
      }
      SqlFilter filter = filters.get(type);
      List<Branch> branches = branches(type);
      for (int i = 0; i < branches.size(); i++) {
        Branch b = branches.get(i);
        StringBuilder where = new StringBuilder("(").append(b.condition()).append(")");
        for (int j = 0; j < i; j++) {
          where
              .append(" and not coalesce((")
              .append(branches.get(j).condition())
              .append("), false)");
        }
        if (filter != null) {
          where.append(" and (").append(filter.condition()).append(")");
          all.putAll(filter.params());
        }
        if (after != null) {
          String beyond = after(b, after, "c" + n, all);
          if (beyond == null) {
            continue; // the whole branch ranks before the cursor
          }
          if (!beyond.isEmpty()) {
            where.append(" and ").append(beyond);
          }
        }
        String score = b.fixedScore() ? literal(b.score()) : b.scoreExpr();
        String order =
            b.fixedScore() ? type.recentOrder() : b.scoreExpr() + " desc, " + type.recentOrder();
        parts.add(
            "(select "
                + type.ordinal()
                + " as t, "
                + type.id()
                + " as id, "
                + score
                + " as s, "
                + type.dateSelect()
                + " as dt from "
                + type.table
                + " "
                + type.alias
                + " where "
                + where
                + " order by "
                + order
                + " limit :k)");
        n++;
      }
    }
    if (parts.isEmpty()) {
      return null;
    }
    all.put("k", max);
    String sql =
        "select t, id, s, dt from ("
            + String.join(" union all ", parts)
            + ") x order by s desc, dt desc nulls last, t, id desc limit :k";
    return new Statement(sql, all);
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
    String any =
        branches.stream().map(b -> "(" + b.condition() + ")").collect(Collectors.joining(" or "));
    String where = "(" + any + ")";
    if (filter != null) {
      where += " and (" + filter.condition() + ")";
      all.putAll(filter.params());
    }
    return new Statement(
        "select count(*) from " + type.table + " " + type.alias + " where " + where, all);
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
   * cursor in the order {@code date desc nulls last, type, id desc}; {@code ""} for all rows,
   * {@code null} for none.
   */
  private static String tieAfter(
      SearchType type, Position p, String prefix, Map<String, Object> params) {
    // Among rows with the cursor's date: after it when the type comes later, or the same type
    // with a smaller id.
    int typeCmp = Integer.compare(type.ordinal(), p.type().ordinal());
    String sameDate;
    if (typeCmp > 0) {
      sameDate = "";
    } else if (typeCmp < 0) {
      sameDate = null;
    } else {
      params.put(prefix + "i", p.id());
      sameDate = type.id() + " < :" + prefix + "i";
    }
    String date = type.dateColumn;
    if (p.date() == null) {
      // After an undated row come only undated rows (nulls last).
      if (date == null) {
        return sameDate;
      }
      return sameDate == null
          ? null
          : "(" + date + " is null" + (sameDate.isEmpty() ? "" : " and " + sameDate) + ")";
    }
    if (date == null) {
      return ""; // an undated row comes after every dated one
    }
    params.put(prefix + "d", p.date());
    String later = date + " < :" + prefix + "d or " + date + " is null";
    if (sameDate == null) {
      return "(" + later + ")";
    }
    return "("
        + later
        + " or ("
        + date
        + " = :"
        + prefix
        + "d"
        + (sameDate.isEmpty() ? "" : " and " + sameDate)
        + "))";
  }

  private static String literal(double score) {
    return "cast(" + String.format(Locale.ROOT, "%s", score) + " as float8)";
  }

  /** The terms of the query, for highlighting. */
  List<Term> terms() {
    return query.terms();
  }
}
