package io.regtrack.api.rest;

/**
 * JSON form of an article submission.
 *
 * @param text the article as plain text (required)
 * @param url where it was published
 * @param source the outlet
 * @param publishedAt ISO-8601 date-time ({@code 2022-09-20T16:22:00}, with or without offset) or
 *     date ({@code 2022-09-20})
 */
public record ArticleRequest(String text, String url, String source, String publishedAt) {}
