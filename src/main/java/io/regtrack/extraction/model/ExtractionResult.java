package io.regtrack.extraction.model;

import io.regtrack.extraction.text.CleanArticle;

/**
 * Everything the extractor found in one article. Frozen value; the citation, meeting and person
 * stages add their findings here.
 *
 * @param extractorVersion version of the extractor that produced this result
 * @param article the cleaned article: title, publish date, byline, body, captions
 */
public record ExtractionResult(int extractorVersion, CleanArticle article) {}
