package io.regtrack.search;

import java.util.List;

/**
 * One hit of a search.
 *
 * @param type what it is
 * @param id its database id
 * @param score its relevance, 0–1 (see {@link SearchService}): hits are ordered by score, then the
 *     most recent first (publish, issue or meeting date), then by type and newest id
 * @param highlights where the query matched, field by field (none when the hit matched by a
 *     regulation it cites or by its date only)
 */
public record SearchHit(SearchType type, long id, double score, List<Highlight> highlights) {
  public SearchHit {
    highlights = List.copyOf(highlights);
  }
}
