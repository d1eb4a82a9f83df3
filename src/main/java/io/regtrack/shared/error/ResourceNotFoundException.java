package io.regtrack.shared.error;

/** A requested resource does not exist. Mapped to 404 by the API layers. */
public final class ResourceNotFoundException extends RuntimeException {
  private final String resource;
  private final String id;

  public ResourceNotFoundException(String resource, Object id) {
    super(resource + " " + id + " was not found");
    this.resource = resource;
    this.id = String.valueOf(id);
  }

  public String resource() {
    return resource;
  }

  public String id() {
    return id;
  }
}
