package io.regtrack.shared.paging;

import io.regtrack.shared.error.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
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
    List<Object[]> fetched =
        rows.fetch(condition.toString(), params, orderBy(request.fromEnd()), request.size() + 1);
    boolean more = fetched.size() > request.size();
    List<Object[]> page =
        new ArrayList<>(fetched.subList(0, Math.min(request.size(), fetched.size())));
    boolean hasNext;
    boolean hasPrevious;
    if (request.fromEnd()) {
      page = page.reversed();
      hasPrevious = more;
      hasNext = before != null && exists(before, false, rows);
    } else {
      hasNext = more;
      hasPrevious = after != null && exists(after, true, rows);
    }
    List<Long> ids = new ArrayList<>(page.size());
    List<String> cursors = new ArrayList<>(page.size());
    for (Object[] row : page) {
      long id = ((Number) row[0]).longValue();
      ids.add(id);
      cursors.add(encode(row[1], id));
    }
    return new Slice<>(ids, cursors, hasNext, hasPrevious);
  }

  /** Whether any item lies at {@code p} or on the side of it the page does not cover. */
  private boolean exists(Position p, boolean pageIsAfter, Rows rows) {
    Map<String, Object> params = new HashMap<>();
    String condition = " and " + beyond(p, !pageIsAfter, true, "kx", "ix", params);
    return !rows.fetch(condition, params, orderBy(false), 1).isEmpty();
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
