package io.regtrack.document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A stored document as the document feature exposes it.
 *
 * @param id database id
 * @param title the headline
 * @param source the outlet, when known
 * @param url the article's address, when given
 * @param author the byline, when stated
 * @param publishedAt publish date and time, when a time was stated
 * @param publishedOn publish date, when stated
 * @param body clean article text (NFC; boilerplate and captions removed); citation spans index it
 * @param captions photo captions, separated from the body
 * @param contentHash SHA-256 of the normalized body: the document's identity
 * @param extractorVersion version of the extractor that produced the stored extraction
 * @param ingestedAt when the document was first ingested
 * @param updatedAt when the document or its extraction last changed
 */
public record DocumentView(
    long id,
    String title,
    String source,
    String url,
    String author,
    LocalDateTime publishedAt,
    LocalDate publishedOn,
    String body,
    List<String> captions,
    String contentHash,
    int extractorVersion,
    Instant ingestedAt,
    Instant updatedAt) {

  static DocumentView of(Document d) {
    return new DocumentView(
        d.id,
        d.title,
        d.source,
        d.url,
        d.author,
        d.publishedAt,
        d.publishedOn,
        d.body,
        List.copyOf(d.captions),
        d.contentHash.trim(),
        d.extractorVersion,
        d.ingestedAt,
        d.updatedAt);
  }
}
