package io.regtrack.person;

import java.util.List;

/**
 * A person as lists show them.
 *
 * @param id database id
 * @param name the most frequent written form of the name
 * @param positions every position stated in any document, deduplicated keeping the fullest form,
 *     most often stated first
 * @param documentCount number of documents naming the person
 */
public record PersonSummary(long id, String name, List<String> positions, long documentCount) {
  public PersonSummary {
    positions = List.copyOf(positions);
  }
}
