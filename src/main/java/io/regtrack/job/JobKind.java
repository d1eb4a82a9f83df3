package io.regtrack.job;

/** What a job does. */
public enum JobKind {
  /** Runs the current extractor again over stored documents. */
  REEXTRACT,
  /** Ingests a batch of articles (NDJSON lines or zip entries). */
  IMPORT
}
