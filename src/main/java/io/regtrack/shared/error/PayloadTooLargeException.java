package io.regtrack.shared.error;

/** A request body larger than the configured maximum. Mapped to 413. */
public final class PayloadTooLargeException extends RuntimeException {
  private final long limitBytes;

  public PayloadTooLargeException(long limitBytes) {
    this("The request body exceeds the maximum of " + limitBytes + " bytes", limitBytes);
  }

  /** A body over another limit (a count of entries, a size after decompression). */
  public PayloadTooLargeException(String detail, long limit) {
    super(detail);
    this.limitBytes = limit;
  }

  public long limitBytes() {
    return limitBytes;
  }
}
