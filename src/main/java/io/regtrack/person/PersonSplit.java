package io.regtrack.person;

import java.util.List;

/**
 * Fired (synchronously, inside the deleting transaction) when deleting a document leaves a person's
 * appearances in two or more unlinked groups: the appearances of {@code documents} moved from
 * {@code person} to the new person {@code splitOff}, and features referring to persons move their
 * rows of those documents the same way.
 *
 * @param person the person that remains (its group holds the earliest appearance)
 * @param splitOff the new person
 * @param documents the documents whose appearances moved to {@code splitOff}
 */
public record PersonSplit(long person, long splitOff, List<Long> documents) {
  public PersonSplit {
    documents = List.copyOf(documents);
  }
}
