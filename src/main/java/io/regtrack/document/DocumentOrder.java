package io.regtrack.document;

/** Orders of the document list. */
public enum DocumentOrder {
  /** By ingestion (the id): the order documents arrived in. */
  INGESTED,
  /** By the publish time the article states; documents without one come last. */
  PUBLISHED_AT
}
