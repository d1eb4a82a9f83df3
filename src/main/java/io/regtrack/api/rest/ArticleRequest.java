package io.regtrack.api.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.regtrack.ingest.ArticleSubmission;
import io.regtrack.shared.error.InvalidInputException;

/**
 * JSON form of an article submission (the JSON ingest, each NDJSON line of a bulk import).
 * Registered for reflection: it is read with {@link ObjectMapper#readValue}, which no resource
 * signature shows Quarkus, so a native image would not otherwise have its constructor.
 *
 * @param text the article as plain text (required)
 * @param url where it was published
 * @param source the outlet
 * @param publishedAt ISO-8601 date-time ({@code 2022-09-20T16:22:00}, with or without offset) or
 *     date ({@code 2022-09-20})
 */
@RegisterForReflection
public record ArticleRequest(String text, String url, String source, String publishedAt) {

  /**
   * The submission a JSON object describes.
   *
   * @param what names the JSON in messages ("request body", "line")
   * @throws InvalidInputException naming {@code body} when it is not such an object, or {@code
   *     publishedAt} when that is not an ISO-8601 date or date-time
   */
  static ArticleSubmission submission(ObjectMapper json, String text, String what) {
    ArticleRequest request;
    try {
      request = json.readValue(text, ArticleRequest.class);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(
          "body",
          "The " + what + " is not a JSON object {\"text\", \"url\", \"source\", \"publishedAt\"}");
    }
    if (request == null) {
      throw new InvalidInputException("body", "Expected a JSON object with a \"text\" field");
    }
    return new ArticleSubmission(
        request.text(),
        request.url(),
        request.source(),
        Params.dateTime("publishedAt", request.publishedAt()));
  }
}
