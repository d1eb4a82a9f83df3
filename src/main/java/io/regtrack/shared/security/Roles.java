package io.regtrack.shared.security;

/** The roles an API key can carry. Reads are public; writes need a role. */
public final class Roles {
  /** May ingest and delete documents. */
  public static final String EDITOR = "editor";

  /** May run administrative jobs such as re-extraction. */
  public static final String ADMIN = "admin";

  private Roles() {}
}
