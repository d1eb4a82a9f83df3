package io.regtrack.change;

/** What a transaction did to an object, as the change feed reports it. */
public enum ChangeAction {
  /** The object was created (and possibly updated in the same transaction). */
  CREATED,
  /** The object's API representation may have changed: its fields or its own links. */
  UPDATED,
  /** The object was deleted (also: merged into another object); a tombstone records it. */
  DELETED
}
