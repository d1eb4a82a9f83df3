package io.regtrack.shared.change;

import io.regtrack.shared.id.NodeType;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The ids of the objects a re-extraction deleted when it forgot a document, by a natural key of
 * each feature's choosing, for the objects it then creates again for that document to take: a
 * regulation only that document cited comes back under its old id, not as a new regulation with a
 * tombstone for the old one. The features offer what they deleted ({@code forgetDocument(id,
 * recycled)}) and take from it when they would otherwise create a row ({@code register}/{@code
 * record}); what nobody took was really deleted ({@link #remaining}).
 *
 * <p>Lives for one transaction; not thread-safe.
 */
public final class RecycledIds {

  /**
   * A deleted row's id and creation time (kept when the row is created again).
   *
   * @param createdAt {@code null} when the table has no creation time
   */
  public record Entry(long id, Instant createdAt) {}

  private final Map<NodeType, Map<String, Entry>> pools = new EnumMap<>(NodeType.class);

  /** Offers a deleted row; the first offer of a key wins. */
  public void offer(NodeType type, String key, long id, Instant createdAt) {
    pools
        .computeIfAbsent(type, t -> new LinkedHashMap<>())
        .putIfAbsent(key, new Entry(id, createdAt));
  }

  /** Takes the row offered under this key, if any. */
  public Optional<Entry> take(NodeType type, String key) {
    Map<String, Entry> pool = pools.get(type);
    return pool == null ? Optional.empty() : Optional.ofNullable(pool.remove(key));
  }

  /** Takes the first row (in offer order) whose key matches, if any. */
  public Optional<Entry> takeFirst(NodeType type, Predicate<String> key) {
    Map<String, Entry> pool = pools.get(type);
    if (pool == null) {
      return Optional.empty();
    }
    for (Iterator<Map.Entry<String, Entry>> it = pool.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, Entry> e = it.next();
      if (key.test(e.getKey())) {
        it.remove();
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /** The ids of the rows of this type nobody took, ascending: those are deleted for good. */
  public List<Long> remaining(NodeType type) {
    Map<String, Entry> pool = pools.get(type);
    return pool == null ? List.of() : pool.values().stream().map(Entry::id).sorted().toList();
  }
}
