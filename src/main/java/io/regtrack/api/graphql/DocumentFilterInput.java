package io.regtrack.api.graphql;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/**
 * Filters of {@code documents}; omitted fields match anything.
 *
 * @param from earliest publish date (inclusive)
 * @param to latest publish date (inclusive)
 * @param regulation a cited regulation: global id or symbol
 * @param q search words: with them the documents come by relevance (the search's order)
 */
@Input("DocumentFilter")
@Description("Filters of documents; fields combine with AND")
public record DocumentFilterInput(
    @Description("Earliest publish date, inclusive") LocalDate from,
    @Description("Latest publish date, inclusive") LocalDate to,
    @Description("A regulation the document cites: global id or symbol (\"58-QĐ/TW\")")
        String regulation,
    @Description(
            "Search words, ignoring case and diacritics (as the search query): with them the"
                + " documents come by relevance and orderBy is ignored")
        String q) {}
