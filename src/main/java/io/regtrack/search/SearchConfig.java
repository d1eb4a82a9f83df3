package io.regtrack.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Search settings. */
@ConfigMapping(prefix = "regtrack.search")
public interface SearchConfig {

  /**
   * How long search keeps PostgreSQL's statistics of the search columns (how common each word is,
   * how many rows each table has) before reading them again. Search chooses with them, per query,
   * between walking the newest rows and reading every match from the index (docs/PERFORMANCE.md).
   * PostgreSQL itself refreshes them when autovacuum analyzes a table that changed by a tenth.
   */
  @WithDefault("5M")
  Duration statisticsRefresh();
}
