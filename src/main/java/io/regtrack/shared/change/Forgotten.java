package io.regtrack.shared.change;

import java.util.List;

/**
 * What forgetting a deleted document did to one feature's objects (ids ascending).
 *
 * @param deleted objects that existed only because of the document, now deleted
 * @param updated objects that remain and were recomputed without the document
 * @param created objects split off a remaining one (what the document alone had linked)
 */
public record Forgotten(List<Long> deleted, List<Long> updated, List<Long> created) {
  public static final Forgotten NOTHING = new Forgotten(List.of(), List.of(), List.of());

  public Forgotten {
    deleted = List.copyOf(deleted);
    updated = List.copyOf(updated);
    created = List.copyOf(created);
  }

  public boolean isEmpty() {
    return deleted.isEmpty() && updated.isEmpty() && created.isEmpty();
  }
}
