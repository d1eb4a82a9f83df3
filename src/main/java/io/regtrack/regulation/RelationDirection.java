package io.regtrack.regulation;

import org.eclipse.microprofile.graphql.Description;

/** Which end of a relation a regulation is, seen from that regulation. */
@Description("Which end of a relation a regulation is, seen from that regulation")
public enum RelationDirection {
  /** The regulation is the source: it replaces, guides, amends or was issued with the other. */
  @Description(
      "The regulation is the source: it replaces, guides, amends or was issued with the other")
  OUTGOING,
  /** The regulation is the target: the other replaces, guides, amends or was issued with it. */
  @Description(
      "The regulation is the target: the other replaces, guides, amends or was issued with it")
  INCOMING
}
