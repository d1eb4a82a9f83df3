package io.regtrack.document;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A document without its text: what lists and search hits show. Loading it reads neither the body
 * nor the raw text (each up to 2 MB, stored out of line).
 */
public record DocumentHeader(
    long id,
    String title,
    String source,
    String url,
    String author,
    LocalDateTime publishedAt,
    LocalDate publishedOn,
    String contentHash) {}
