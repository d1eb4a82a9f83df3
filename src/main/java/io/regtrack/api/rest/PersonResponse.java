package io.regtrack.api.rest;

import io.regtrack.person.PersonSummary;
import java.util.List;

/**
 * A person as the person list returns it.
 *
 * @param id person id
 * @param name the name (the most frequent written form)
 * @param positions every position stated in any document, deduplicated keeping the fullest form,
 *     most often stated first
 * @param documentCount documents naming the person
 */
public record PersonResponse(long id, String name, List<String> positions, long documentCount) {

  static PersonResponse of(PersonSummary p) {
    return new PersonResponse(p.id(), p.name(), p.positions(), p.documentCount());
  }
}
