package io.regtrack.extraction.model;

import java.util.List;

/**
 * One mention of a person.
 *
 * @param span where the name stands in the body, or {@code null} for a mention in a caption
 * @param caption index of the caption holding the mention, or -1 for the body
 * @param positions the positions stated with this mention, as written
 * @param role the role the surrounding words give the person, or {@code null} when none
 */
public record PersonMention(Span span, int caption, List<String> positions, ParticipantRole role) {
  public PersonMention {
    positions = List.copyOf(positions);
  }
}
