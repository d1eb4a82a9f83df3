package io.regtrack.person;

import java.util.List;

/**
 * A person with every appearance.
 *
 * @param person id, name, merged positions, document count
 * @param appearances each document naming the person with the positions stated there, newest
 *     publish date first (undated last), then by document id
 */
public record PersonDetail(PersonSummary person, List<Appearance> appearances) {
  public PersonDetail {
    appearances = List.copyOf(appearances);
  }

  /** The person's id. */
  public long id() {
    return person.id();
  }
}
