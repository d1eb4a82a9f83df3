package io.regtrack;

/** API keys configured for the test profile (application.properties, %test). */
public final class TestKeys {
  public static final String EDITOR = "Bearer test-editor-key";
  public static final String READER = "Bearer test-reader-key";
  public static final String ADMIN = "Bearer test-admin-key";

  private TestKeys() {}
}
