package io.regtrack.person;

import java.util.List;

/**
 * A person named in a document.
 *
 * @param personId the person
 * @param name the person's name
 * @param positions the positions stated in that document, as written
 */
public record DocumentPersonView(long personId, String name, List<String> positions) {
  public DocumentPersonView {
    positions = List.copyOf(positions);
  }
}
