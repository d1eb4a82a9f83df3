package io.regtrack.ingest;

import java.time.LocalDateTime;

/**
 * A saved news page submitted for ingestion.
 *
 * @param html the page (required, not blank)
 * @param url where it was published, if the caller knows it (else the page's canonical URL)
 * @param source the outlet, if the caller knows it (else the page's {@code og:site_name})
 * @param publishedAt publish time, if the caller knows it (else the page's publish time)
 */
public record HtmlSubmission(String html, String url, String source, LocalDateTime publishedAt) {}
