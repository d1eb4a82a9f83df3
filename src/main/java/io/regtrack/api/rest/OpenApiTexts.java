package io.regtrack.api.rest;

/** Descriptions the OpenAPI document repeats across operations, written once. */
final class OpenApiTexts {
  private OpenApiTexts() {}

  static final String UNAUTHORIZED =
      "No API key, or one this server does not know: send Authorization: Bearer <key>";
  static final String FORBIDDEN = "The API key is valid but lacks the role this operation needs";
  static final String BAD_ID = "The id is not a positive integer";
  static final String BAD_LIST = "A malformed filter, limit or cursor";
  static final String BAD_ID_PAGE = "A malformed id, limit or cursor";

  /** The publish time of a document (VietnamTime). */
  static final String PUBLISHED_AT =
      "Publish time, or null: RFC 3339 date-time in Vietnam time (+07:00), the wall time the"
          + " article or the request states";

  static final String NOT_ACCEPTABLE_ANY =
      "Accept names no media type the operation produces (a Problem, whatever Accept says)";
  static final String LOCATION = "The URL of the created resource";
  static final String JOB_LOCATION = "The URL of the job (GET /api/v1/admin/jobs/{id}), to poll";
  static final String RETRY_AFTER = "Seconds to wait before trying again";
  static final String LINK = "<URL of the next page>; rel=\"next\", while there is a next page";
  static final String CSV_LINK =
      "<URL of the next page or of the rest of the export>; rel=\"next\"";
  static final String ETAG =
      "A strong validator of the representation; send it back in If-None-Match to revalidate";
  static final String IF_NONE_MATCH =
      "The ETag of a representation the client holds: 304 Not Modified, without a body, when it is"
          + " still current";
  static final String NOT_MODIFIED =
      "The representation matching If-None-Match is still current; no body";
  static final String CURSOR = "Opaque cursor from the previous page's nextCursor";
  static final String LIMIT = "Page size, 1–100 (default 20)";
}
