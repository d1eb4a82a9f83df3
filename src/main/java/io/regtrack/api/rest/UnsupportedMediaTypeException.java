package io.regtrack.api.rest;

/** A request body of a media type the endpoint does not take; 415 with this message. */
final class UnsupportedMediaTypeException extends RuntimeException {
  UnsupportedMediaTypeException(String message) {
    super(message);
  }
}
