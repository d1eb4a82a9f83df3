package io.regtrack.shared.error;

/** A request body larger than the configured maximum. Mapped to 413. */
public final class PayloadTooLargeException extends RuntimeException {
  private final long limitBytes;

  public PayloadTooLargeException(long limitBytes) {
    super("The request body exceeds the maximum of " + limitBytes + " bytes");
    this.limitBytes = limitBytes;
  }

  public long limitBytes() {
    return limitBytes;
  }
}
