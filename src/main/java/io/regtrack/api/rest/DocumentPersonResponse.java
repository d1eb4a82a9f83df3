package io.regtrack.api.rest;

import io.regtrack.person.DocumentPersonView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A person a document names (DESIGN.md §4).
 *
 * @param id person id
 * @param name the person's name
 * @param positions the positions stated in that document
 */
public record DocumentPersonResponse(
    @Schema(description = "Person id") long id,
    @Schema(description = "The person's name") String name,
    @Schema(description = "The positions stated in that document") List<String> positions) {

  static DocumentPersonResponse of(DocumentPersonView p) {
    return new DocumentPersonResponse(p.personId(), p.name(), p.positions());
  }
}
