package io.regtrack.api.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.regtrack.ingest.ArticleSubmission;
import io.regtrack.shared.error.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
@Schema(
    name = "ArticleRequest",
    description =
        "An article submitted as JSON (POST /api/v1/documents, each line of an NDJSON import). The"
            + " fields given override what the text itself states.")
public record ArticleRequest(
    @Schema(
            required = true,
            description =
                "The article as plain text: headline, publish line, paragraphs, captions, byline",
            example =
                "Sóc Trăng: Hội nghị quán triệt Quy định số 58-QĐ/TW của Bộ Chính trị\n\nSáng"
                    + " 15/3, Ban Thường vụ Tỉnh ủy Sóc Trăng tổ chức hội nghị quán triệt Quy định"
                    + " số 58-QĐ/TW ngày 08/02/2022 của Bộ Chính trị.")
        String text,
    @Schema(
            description = "Where the article was published",
            example =
                "https://baosoctrang.example.vn/xay-dung-dang/hoi-nghi-quan-triet-quy-dinh-58")
        String url,
    @Schema(description = "The outlet", example = "Báo Sóc Trăng") String source,
    @Schema(
            description =
                "Publish time: an ISO-8601 date-time with or without offset, or a date. Stored as"
                    + " the local wall time (an offset is dropped)",
            example = "2022-03-15T10:20:00+07:00")
        String publishedAt) {

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
