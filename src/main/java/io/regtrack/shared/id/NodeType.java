package io.regtrack.shared.id;

/** The kinds of object that have a global id; the names are the GraphQL type names. */
public enum NodeType {
  Document,
  Citation,
  Regulation,
  Meeting,
  Person,
  Organization,
  Province
}
