package io.regtrack.regulation;

/** Orders of the regulation list. */
public enum RegulationOrder {
  /** By registration in the corpus (the id): the order regulations were first cited in. */
  REGISTERED,
  /** By issue date; regulations whose date no article states come last. */
  ISSUED_ON
}
