package io.regtrack.person;

import java.util.List;

/**
 * The persons one article names, as the person feature receives them from the ingest pipeline.
 *
 * @param persons each person with the positions the article states for them, in text order
 * @param province canonical name of the province the article is about, or {@code null}: local
 *     positions stated without a province ("Bí thư Tỉnh ủy") are understood as of this province
 */
public record ArticlePersons(List<NamedPerson> persons, String province) {
  public ArticlePersons {
    persons = List.copyOf(persons);
  }

  /** No persons. */
  public static final ArticlePersons NONE = new ArticlePersons(List.of(), null);

  /**
   * A person as the article names them.
   *
   * @param name the name as written, without honorifics
   * @param positions the positions stated, as written
   */
  public record NamedPerson(String name, List<String> positions) {
    public NamedPerson {
      positions = List.copyOf(positions);
    }
  }
}
