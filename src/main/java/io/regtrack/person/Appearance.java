package io.regtrack.person;

import java.time.LocalDate;
import java.util.List;

/**
 * A person as one document names them.
 *
 * @param documentId the document
 * @param documentTitle its headline
 * @param publishedOn its publish date, when stated
 * @param name the name as written there
 * @param positions the positions stated there, as written
 */
public record Appearance(
    long documentId,
    String documentTitle,
    LocalDate publishedOn,
    String name,
    List<String> positions) {
  public Appearance {
    positions = List.copyOf(positions);
  }
}
