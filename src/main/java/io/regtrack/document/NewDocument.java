package io.regtrack.document;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** What the ingest pipeline stores for a new article. */
public record NewDocument(
    String title,
    String source,
    String url,
    String author,
    LocalDateTime publishedAt,
    LocalDate publishedOn,
    String body,
    String rawText,
    List<String> captions,
    String contentHash,
    int extractorVersion) {}
