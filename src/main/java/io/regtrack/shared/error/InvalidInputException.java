package io.regtrack.shared.error;

/**
 * Input that cannot be processed: a malformed parameter, an empty article, invalid UTF-8. Mapped to
 * 400 by the API layers; {@link #parameter()} names the offending parameter or body field.
 */
public final class InvalidInputException extends RuntimeException {
  private final String parameter;

  public InvalidInputException(String parameter, String detail) {
    super(detail);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
