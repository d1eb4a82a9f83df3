package io.regtrack.regulation;

/** Which end of a relation a regulation is, seen from that regulation. */
public enum RelationDirection {
  /** The regulation is the source: it replaces, guides, amends or was issued with the other. */
  OUTGOING,
  /** The regulation is the target: the other replaces, guides, amends or was issued with it. */
  INCOMING
}
