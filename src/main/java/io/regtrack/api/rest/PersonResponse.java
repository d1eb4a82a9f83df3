package io.regtrack.api.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.regtrack.person.PersonSummary;
import io.regtrack.shared.id.GlobalId;
import io.regtrack.shared.id.NodeType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A person as the person list returns it.
 *
 * @param id person id
 * @param name the name (the most frequent written form)
 * @param positions every position stated in any document, deduplicated keeping the fullest form,
 *     most often stated first
 * @param documentCount documents naming the person
 */
@JsonPropertyOrder({"id", "nodeId"})
public record PersonResponse(
    @Schema(description = "Person id") long id,
    @Schema(description = "The name (the most frequent written form)") String name,
    @Schema(
            description =
                "Every position stated in any document, deduplicated keeping the fullest form, most often stated first")
        List<String> positions,
    @Schema(description = "Documents naming the person") long documentCount) {
  /** The global id: the same value as the GraphQL {@code Node.id}. */
  @JsonProperty("nodeId")
  @Schema(description = "Opaque global id, the same value as the GraphQL Node.id")
  public String nodeId() {
    return GlobalId.of(NodeType.Person, id);
  }

  static PersonResponse of(PersonSummary p) {
    return new PersonResponse(p.id(), p.name(), p.positions(), p.documentCount());
  }
}
