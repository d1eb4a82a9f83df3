package io.regtrack.api.graphql;

import io.regtrack.regulation.RegulationKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/**
 * Filters of {@code regulations}; omitted fields match anything.
 *
 * @param kind the kind
 * @param issuer the issuer: global id or name ("Ban Bí thư")
 * @param year the issue year
 * @param q words that must all occur in the kind label, number, symbol or title
 */
@Input("RegulationFilter")
@Description("Filters of regulations; fields combine with AND")
public record RegulationFilterInput(
    @Description("Only regulations of this kind") RegulationKind kind,
    @Description("The issuer: global id or name, ignoring case and diacritics (\"Ban Bi thu\")")
        String issuer,
    @Description("Issue year") Integer year,
    @Description(
            "Search words that must all occur in the kind label, number, symbol or title, ignoring"
                + " case and diacritics (\"quy dinh 58\"), or a symbol (\"QĐ 58\") or issue date:"
                + " with them the regulations come by relevance and orderBy is ignored")
        String q) {}
