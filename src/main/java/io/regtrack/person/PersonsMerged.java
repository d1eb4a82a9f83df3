package io.regtrack.person;

import java.util.List;

/**
 * Fired (synchronously, inside the ingest transaction) when an appearance links persons that were
 * separate: features referring to persons move their rows from {@code merged} to {@code survivor}
 * before the merged persons are deleted.
 *
 * @param survivor the person that remains (the smallest id)
 * @param merged the persons merged into it
 */
public record PersonsMerged(long survivor, List<Long> merged) {
  public PersonsMerged {
    merged = List.copyOf(merged);
  }
}
