package io.regtrack.api.rest;

import io.regtrack.person.DocumentPersonView;
import java.util.List;

/**
 * A person a document names (DESIGN.md §4).
 *
 * @param id person id
 * @param name the person's name
 * @param positions the positions stated in that document
 */
public record DocumentPersonResponse(long id, String name, List<String> positions) {

  static DocumentPersonResponse of(DocumentPersonView p) {
    return new DocumentPersonResponse(p.personId(), p.name(), p.positions());
  }
}
