package io.regtrack.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bulk import ({@code POST /api/v1/documents:batch}) limits. */
@ConfigMapping(prefix = "regtrack.import")
public interface ImportConfig {

  /**
   * Largest accepted request body (an NDJSON file or a zip archive), in bytes; larger ones are
   * refused with 413 before anything is written. The HTTP layer refuses bodies above {@code
   * quarkus.http.limits.max-body-size} (10M) before this check: raise both together. Each article
   * is also bounded by {@code regtrack.ingest.max-body-bytes}.
   */
  @WithDefault("10485760")
  int maxBytes();

  /** Most articles (non-blank NDJSON lines, zip file entries) in one request; 413 above. */
  @WithDefault("10000")
  int maxEntries();

  /**
   * Most bytes all entries of a zip archive may inflate to together; 413 above, so that a zip bomb
   * is refused after inflating at most this much (and never held in memory: entries are read one at
   * a time, each up to {@code regtrack.ingest.max-body-bytes}).
   */
  @WithDefault("209715200")
  long maxUncompressedBytes();
}
