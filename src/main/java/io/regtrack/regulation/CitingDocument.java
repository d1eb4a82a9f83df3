package io.regtrack.regulation;

import java.time.LocalDate;

/**
 * The document a citation is in.
 *
 * @param id document id
 * @param title its headline
 * @param publishedOn its publish date, when stated
 */
public record CitingDocument(long id, String title, LocalDate publishedOn) {}
