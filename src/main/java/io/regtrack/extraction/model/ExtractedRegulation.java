package io.regtrack.extraction.model;

/**
 * A regulation as one article establishes it, merging its mentions.
 *
 * @param key identity within the article (and across articles): canonical symbol when known, else
 *     {@code KIND:number}; see {@code scope} for the issuer scope of local series
 * @param scope issuer scope of the symbol: {@code "TW"} for central Party bodies, the canonical
 *     issuer for local series ("Ban Thường vụ Tỉnh ủy Hà Nam") and State bodies, or {@code null}
 * @param fields merged fields
 * @param resolvedInArticle {@code false} when only SHORT mentions exist and no FULL citation of the
 *     article gave the symbol: the registry may resolve it to a known regulation
 */
public record ExtractedRegulation(
    String key, String scope, RegulationFields fields, boolean resolvedInArticle) {}
