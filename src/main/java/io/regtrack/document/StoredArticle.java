package io.regtrack.document;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What a stored document was made from, for extracting it again: the article as submitted and the
 * metadata stored with it.
 *
 * @param id the document
 * @param rawText the article as submitted (NFC)
 * @param url where it was published, when given
 * @param source the outlet, when known
 * @param publishedAt publish date and time, when known
 * @param publishedOn publish date, when known
 * @param extractorVersion version of the extractor that produced the stored extraction
 */
public record StoredArticle(
    long id,
    String rawText,
    String url,
    String source,
    LocalDateTime publishedAt,
    LocalDate publishedOn,
    int extractorVersion) {}
