package io.regtrack.api.rest;

import io.regtrack.change.ChangePage;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of the change feed.
 *
 * @param items the changes, in feed order
 * @param nextToken pass as {@code since} to read on; always present, also on the last page (poll
 *     with it later)
 * @param hasMore whether more changes can be read right away from {@code nextToken}
 */
public record ChangesResponse(
    @Schema(description = "The changes, in feed order") List<ChangeResponse> items,
    @Schema(
            description =
                "Pass as since to read on. Always present, also when there is nothing more yet:"
                    + " keep it and poll with it later.")
        String nextToken,
    @Schema(description = "Whether more changes can be read right away from nextToken")
        boolean hasMore) {

  static ChangesResponse of(ChangePage page) {
    return new ChangesResponse(
        page.items().stream().map(ChangeResponse::of).toList(), page.nextToken(), page.hasMore());
  }
}
