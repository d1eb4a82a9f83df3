package io.regtrack.job;

/** How a running job reports progress; each call is committed at once. */
public interface JobProgress {

  /** Sets the number of items, for a job that counts them when it starts. */
  void total(int total);

  /** One item succeeded. */
  void succeeded();

  /**
   * One item failed.
   *
   * @param item what failed ({@code "line 3"}, an entry name, {@code "document 12"})
   * @param message why, in words fit for the client (no class names, no stack traces)
   */
  void failed(String item, String message);
}
