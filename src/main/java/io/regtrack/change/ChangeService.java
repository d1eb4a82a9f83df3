package io.regtrack.change;

import io.regtrack.shared.error.InvalidInputException;
import io.regtrack.shared.id.NodeType;
import io.regtrack.shared.time.DateBounds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The sync feed: every creation, update and deletion of a document, meeting, regulation or person,
 * read from the change log ({@code change_log}) in a stable order with a continuation token.
 *
 * <p><b>What is logged.</b> Triggers append a row whenever a row of one of the four tables is
 * inserted, updated or deleted; the features bump {@code updated_at} wherever what the API shows of
 * an object changes (its fields, or its own links: a meeting's reports, participants and
 * regulations; a person's appearances; a regulation's citations and relations). A change of links
 * that a merge or split in another feature causes (the documents of a meeting merged away now
 * report the survivor) is logged with {@link #recordUpdated}, which leaves the object's row alone:
 * updating it would take a row lock outside the lock order the features share. One transaction logs
 * an object once, with the net action.
 *
 * <p><b>Guarantee.</b> The feed is ordered by writing transaction, then by log sequence within it,
 * and shows a transaction's changes only once every transaction with a smaller id has finished
 * (below the snapshot's xmin), and nothing below that point changes any more. So a change that
 * commits late never lands behind a token a client already holds: reading on from {@code nextToken}
 * never misses a change, and paging on returns each entry once, in the same order whatever the page
 * size. The price is a delay: while a write transaction is running, the changes of transactions
 * that started writing after it wait for it. Transaction ids are PostgreSQL's 64-bit ids, which
 * never wrap around; a database restored from a logical dump starts them again, so tokens from
 * before a restore are refused when they are ahead of it (and clients must sync again from a time).
 */
@ApplicationScoped
public class ChangeService {
  /** The types the feed reports (the log's check constraint). */
  public static final Set<NodeType> TYPES =
      EnumSet.of(NodeType.Document, NodeType.Meeting, NodeType.Regulation, NodeType.Person);

  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 1000;

  private final ChangeQueries queries;

  ChangeService(ChangeQueries queries) {
    this.queries = queries;
  }

  /**
   * A page of the feed.
   *
   * @param since {@code null} or blank for the whole log; an ISO-8601 date-time with an offset
   *     ("2024-05-01T00:00:00Z", "2024-05-01T07:00:00+07:00") to start with the first change made
   *     at or after it (a few changes of transactions that started earlier and committed later come
   *     too); or the {@link ChangePage#nextToken()} of an earlier page
   * @param limit 1 to {@link #MAX_LIMIT}
   * @throws InvalidInputException naming {@code since} when it is neither
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ChangePage read(String since, int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInputException(
          "limit", "limit must be a whole number from 1 to " + MAX_LIMIT + ", got " + limit);
    }
    String value = since == null || since.isBlank() ? null : since.strip();
    Instant instant = value == null ? null : instant(value);
    FeedPosition token = value == null || instant != null ? null : FeedPosition.decode(value);
    if (value != null && instant == null && token == null) {
      throw new InvalidInputException(
          "since",
          "since must be an ISO-8601 date-time with an offset (2024-05-01T00:00:00Z,"
              + " 2024-05-01T07:00:00+07:00) or the nextToken of a page of this feed, got '"
              + abbreviate(value)
              + "'");
    }
    ChangeQueries.Snapshot snapshot = queries.snapshot(instant);
    FeedPosition from;
    if (instant != null) {
      from = new FeedPosition(snapshot.start(), 0);
    } else if (token != null) {
      if (token.tx() > snapshot.xmax()) {
        // Not a token this database handed out (or the database was restored from a dump, which
        // restarts transaction ids): reading on from it would skip changes.
        throw new InvalidInputException(
            "since",
            "since is a token this database never handed out (was it restored from a dump?);"
                + " sync again from a date-time");
      }
      from = token;
    } else {
      from = FeedPosition.START;
    }
    List<ChangeQueries.Row> rows = queries.after(from, snapshot.xmin(), limit + 1);
    boolean hasMore = rows.size() > limit;
    List<ChangeQueries.Row> page = hasMore ? rows.subList(0, limit) : rows;
    FeedPosition next =
        page.isEmpty() ? from : new FeedPosition(page.getLast().tx(), page.getLast().seq());
    return new ChangePage(
        page.stream().map(ChangeQueries.Row::change).toList(), next.encode(), hasMore);
  }

  /**
   * Logs that the links of these objects changed (a merge or split elsewhere moved what they refer
   * to) without touching their rows. Joins the caller's transaction: the entries commit with the
   * change or not at all.
   *
   * @throws IllegalArgumentException for a type the feed does not report
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordUpdated(NodeType type, Collection<Long> ids) {
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("No change feed for " + type);
    }
    queries.appendUpdated(type, ids);
  }

  /**
   * Logs that an object this transaction deleted was created again under the same id (a
   * re-extraction recycling the ids of what it finds again): for the feed it was updated, not
   * deleted. Call it after creating the row again. Joins the caller's transaction.
   *
   * @throws IllegalArgumentException for a type the feed does not report
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordRecreated(NodeType type, long id) {
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("No change feed for " + type);
    }
    queries.appendRecreated(type, id);
  }

  /**
   * The instant a date-time with an offset names, or {@code null}. A "+" that a query string turned
   * into a space ("2024-05-01T07:00:00 07:00") is read as the "+" it was.
   */
  private static Instant instant(String value) {
    for (String candidate : new String[] {value, value.replace(' ', '+')}) {
      try {
        OffsetDateTime parsed = OffsetDateTime.parse(candidate);
        DateBounds.check("since", parsed.toLocalDateTime());
        return parsed.toInstant();
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return null;
  }

  private static String abbreviate(String value) {
    return value.length() <= 64 ? value : value.substring(0, 64) + "…";
  }
}
