package io.regtrack.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The sample corpus loaded into an empty database at start-up. */
@ConfigMapping(prefix = "regtrack.sample-data")
public interface SampleDataConfig {

  /**
   * Whether to load the sample corpus ({@code sample/*.txt}) when the database holds no document.
   * On in dev mode and in the default (embedded-database) jar; off in tests and in {@code -Dprod}
   * builds, so a production database never receives sample articles.
   */
  @WithDefault("false")
  boolean enabled();
}
