package io.regtrack.shared.paging;

import io.regtrack.shared.error.InvalidInputException;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Keyset pagination over a stable order {@code key dir nulls last, id dir} (or just {@code id
 * dir}): turns a {@link PageRequest} into query conditions, runs the feature's query through a
 * {@link Rows} callback and returns a {@link Slice} of ids with one cursor per item. Pages never
 * skip or repeat items when rows are added meanwhile, and each page costs one indexed range scan
 * (plus one {@code limit 1} probe when a cursor is given, for the opposite page flag).
 *
 * <p>A cursor names the list and order it belongs to, so a cursor of another list or another order
 * is rejected as invalid input rather than silently misread.
 */
public final class Keyset {
  /** Sort direction of the list. */
  public enum Direction {
    ASC,
    DESC
  }

  /**
   * The feature's filtered query, asked for {@code [id, key]} rows.
   *
   * @see #columns()
   */
  @FunctionalInterface
  public interface Rows {
    /**
     * Runs {@code select <columns()> from … where <filter> <condition> order by <orderBy>} with at
     * most {@code max} rows.
     *
     * @param condition empty or {@code " and (…)"}, to append to the filter
     * @param params the condition's parameters, to add to the filter's
     */
    List<Object[]> fetch(String condition, Map<String, Object> params, String orderBy, int max);
  }

  private final String list;
  private final String keyExpr;
  private final Function<String, Object> parseKey;
  private final String idExpr;
  private final Direction direction;

  private Keyset(
      String list,
      String keyExpr,
      Function<String, Object> parseKey,
      String idExpr,
      Direction direction) {
    this.list = list;
    this.keyExpr = keyExpr;
    this.parseKey = parseKey;
    this.idExpr = idExpr;
    this.direction = direction;
  }

  /** A list ordered by id alone; {@code list} names it in cursors. */
  public static Keyset byId(String list, String idExpr, Direction direction) {
    return new Keyset(list, null, null, idExpr, direction);
  }

  /**
   * A list ordered by a nullable key (nulls last), then by id in the same direction.
   *
   * @param parseKey reads a key back from its {@code toString()} form
   */
  public static Keyset byKey(
      String list,
      String keyExpr,
      Function<String, Object> parseKey,
      String idExpr,
      Direction direction) {
    return new Keyset(list, keyExpr, parseKey, idExpr, direction);
  }

  /**
   * The usual {@link Rows}: a JPQL query {@code select <columns()> from <from> where <where>
   * <condition> order by …} with the filter's and the condition's parameters.
   *
   * @param from the entity and its alias ({@code "Meeting m"}), matching the expressions of this
   *     keyset
   * @param where the filter, a JPQL condition ({@code "1 = 1"} for none)
   * @param params the filter's parameters
   */
  public Rows jpql(EntityManager em, String from, String where, Map<String, Object> params) {
    return (condition, conditionParams, orderBy, max) -> {
      var query =
          em.createQuery(
                  "select "
                      + columns()
                      + " from "
                      + from
                      + " where "
                      + where
                      + condition
                      + " order by "
                      + orderBy,
                  Object[].class)
              .setMaxResults(max);
      params.forEach(query::setParameter);
      conditionParams.forEach(query::setParameter);
      return query.getResultList();
    };
  }

  /** The select list the {@link Rows} query must use: id, then the key. */
  public String columns() {
    return idExpr + ", " + (keyExpr == null ? idExpr : keyExpr);
  }

  /** The order clause of the list, for other queries over it. */
  public String orderBy() {
    return orderBy(false);
  }

  /**
   * The ids of the requested slice.
   *
   * @throws InvalidInputException naming {@code after} or {@code before} for a malformed cursor
   */
  public Slice<Long> page(PageRequest request, Rows rows) {
    BatchRows single =
        (condition, params, orderBy, max) ->
            rows.fetch(condition, params, orderBy, max).stream()
                .map(r -> new Object[] {0L, r[0], r[1]})
                .toList();
    return pages(request, List.of(0L), single).get(0L);
  }

  /**
   * The feature's query over the children of several parents, asked for {@code [parent id, id,
   * key]} rows: at most {@code maxPerParent} per parent, each parent's rows in {@code orderBy}
   * (e.g. {@code row_number() over (partition by parent order by …) <= max}).
   */
  @FunctionalInterface
  public interface BatchRows {
    /**
     * Runs the query for all parents at once.
     *
     * @param condition empty or {@code " and (…)"}, to append to the filter
     * @param params the condition's parameters
     */
    List<Object[]> fetch(
        String condition, Map<String, Object> params, String orderBy, int maxPerParent);
  }

  /**
   * The same slice of each parent's children, in a fixed number of queries whatever the number of
   * parents (one, plus one probe when a cursor is given): a nested connection without N+1. A cursor
   * is a position in the order, so it applies to every parent alike.
   *
   * @return one slice per parent (an empty slice for a parent without children)
   * @throws InvalidInputException naming the cursor argument for a malformed cursor
   */
  public Map<Long, Slice<Long>> pages(
      PageRequest request, Collection<Long> parents, BatchRows rows) {
    Position after = request.after() == null ? null : decode(request.afterName(), request.after());
    Position before = request.before() == null ? null : decode("before", request.before());
    StringBuilder condition = new StringBuilder();
    Map<String, Object> params = new HashMap<>();
    if (after != null) {
      condition.append(" and ").append(beyond(after, true, false, "ka", "ia", params));
    }
    if (before != null) {
      condition.append(" and ").append(beyond(before, false, false, "kb", "ib", params));
    }
    Map<Long, List<Object[]>> fetched =
        byParent(
            rows.fetch(
                condition.toString(), params, orderBy(request.fromEnd()), request.size() + 1));
    Position probe = request.fromEnd() ? before : after;
    Map<Long, List<Object[]>> beyondProbe =
        probe == null ? Map.of() : byParent(probeRows(probe, !request.fromEnd(), rows));
    Map<Long, Slice<Long>> out = new LinkedHashMap<>();
    for (Long parent : parents) {
      List<Object[]> rowsOf = fetched.getOrDefault(parent, List.of());
      boolean more = rowsOf.size() > request.size();
      List<Object[]> page =
          new ArrayList<>(rowsOf.subList(0, Math.min(request.size(), rowsOf.size())));
      boolean onOtherSide = beyondProbe.containsKey(parent);
      boolean hasNext;
      boolean hasPrevious;
      if (request.fromEnd()) {
        page = page.reversed();
        hasPrevious = more;
        hasNext = onOtherSide;
      } else {
        hasNext = more;
        hasPrevious = onOtherSide;
      }
      List<Long> ids = new ArrayList<>(page.size());
      List<String> cursors = new ArrayList<>(page.size());
      for (Object[] row : page) {
        long id = ((Number) row[1]).longValue();
        ids.add(id);
        cursors.add(encode(row[2], id));
      }
      out.put(parent, new Slice<>(ids, cursors, hasNext, hasPrevious));
    }
    return out;
  }

  private static Map<Long, List<Object[]>> byParent(List<Object[]> rows) {
    Map<Long, List<Object[]>> out = new HashMap<>();
    for (Object[] row : rows) {
      out.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add(row);
    }
    return out;
  }

  /** One row per parent with an item at {@code p} or on the side of it the page does not cover. */
  private List<Object[]> probeRows(Position p, boolean pageIsAfter, BatchRows rows) {
    Map<String, Object> params = new HashMap<>();
    String condition = " and " + beyond(p, !pageIsAfter, true, "kx", "ix", params);
    return rows.fetch(condition, params, orderBy(false), 1);
  }

  /**
   * The condition "strictly after {@code p}" ({@code forward}) or "strictly before {@code p}" in
   * the list's order, or with {@code inclusive} the same including {@code p} itself.
   */
  private String beyond(
      Position p,
      boolean forward,
      boolean inclusive,
      String keyParam,
      String idParam,
      Map<String, Object> params) {
    // Ascending order moving forward, or descending moving backward, goes to greater values.
    boolean greater = forward == (direction == Direction.ASC);
    String strict = greater ? ">" : "<";
    String idOp = inclusive ? strict + "=" : strict;
    params.put(idParam, p.id());
    String idCond = idExpr + " " + idOp + " :" + idParam;
    if (keyExpr == null) {
      return "(" + idCond + ")";
    }
    if (p.key() == null) {
      // Nulls sort last: after a null key come only nulls; before it, every non-null key.
      return forward
          ? "(" + keyExpr + " is null and " + idCond + ")"
          : "(" + keyExpr + " is not null or " + idCond + ")";
    }
    params.put(keyParam, p.key());
    String k = ":" + keyParam;
    String cond =
        keyExpr + " " + strict + " " + k + " or (" + keyExpr + " = " + k + " and " + idCond + ")";
    return forward ? "(" + cond + " or " + keyExpr + " is null)" : "(" + cond + ")";
  }

  private String orderBy(boolean reversed) {
    boolean desc = (direction == Direction.DESC) != reversed;
    String dir = desc ? " desc" : " asc";
    String id = idExpr + dir;
    return keyExpr == null
        ? id
        : keyExpr + dir + (reversed ? " nulls first, " : " nulls last, ") + id;
  }

  private record Position(Object key, long id) {}

  private String prefix() {
    return list + (keyExpr == null ? "" : "~" + keyExpr) + "~" + direction;
  }

  private String encode(Object key, long id) {
    return Cursor.encode(
        prefix(), keyExpr == null ? String.valueOf(id) : (key == null ? "" : key) + "," + id);
  }

  private Position decode(String name, String cursor) {
    String raw;
    try {
      raw = Cursor.decode(prefix(), cursor);
    } catch (InvalidInputException e) {
      throw invalid(name);
    }
    try {
      if (keyExpr == null) {
        return new Position(null, Long.parseLong(raw));
      }
      int comma = raw.lastIndexOf(',');
      String key = raw.substring(0, comma);
      return new Position(
          key.isEmpty() ? null : parseKey.apply(key), Long.parseLong(raw.substring(comma + 1)));
    } catch (RuntimeException e) {
      throw invalid(name);
    }
  }

  private static InvalidInputException invalid(String name) {
    return new InvalidInputException(name, name + " is not a valid cursor of this list");
  }
}
