package io.regtrack.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Ingestion settings. */
@ConfigMapping(prefix = "regtrack.ingest")
public interface IngestConfig {

  /**
   * Largest accepted article, in bytes of UTF-8 (request body for REST, {@code text} for GraphQL).
   * Larger submissions are refused with 413 before anything is written.
   */
  @WithDefault("2097152")
  int maxBodyBytes();
}
