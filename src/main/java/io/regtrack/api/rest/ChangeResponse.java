package io.regtrack.api.rest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.regtrack.change.Change;
import io.regtrack.change.ChangeAction;
import io.regtrack.shared.id.GlobalId;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One entry of the change feed.
 *
 * @param type DOCUMENT, MEETING, REGULATION or PERSON
 * @param id the object's database id ({@code /api/v1/documents/{id}}, …)
 * @param nodeId the object's global id, the same value as the GraphQL {@code Node.id}
 * @param action CREATED, UPDATED or DELETED: what the writing transaction did to it, all told
 * @param at when the writing transaction started
 */
@JsonPropertyOrder({"type", "id", "nodeId", "action", "at"})
public record ChangeResponse(
    @Schema(description = "DOCUMENT, MEETING, REGULATION or PERSON") Type type,
    @Schema(description = "The object's database id (/api/v1/documents/{id}, …)") long id,
    @Schema(description = "Opaque global id, the same value as the GraphQL Node.id") String nodeId,
    @Schema(
            description =
                "CREATED, UPDATED or DELETED: what the writing transaction did to it, all told")
        ChangeAction action,
    @Schema(
            description =
                "Start time of the writing transaction; informational (the feed is ordered by"
                    + " transaction, not strictly by this time)")
        Instant at) {

  /** The kinds of object the feed reports. */
  @Schema(name = "ChangeType")
  public enum Type {
    DOCUMENT,
    MEETING,
    REGULATION,
    PERSON
  }

  static ChangeResponse of(Change c) {
    return new ChangeResponse(
        Type.valueOf(c.type().name().toUpperCase(Locale.ROOT)),
        c.id(),
        GlobalId.of(c.type(), c.id()),
        c.action(),
        c.at());
  }
}
