package io.regtrack.regulation;

import java.util.List;

/**
 * What one article cites, as the registry receives it from the ingest pipeline: the citation
 * mentions with their spans, the distinct regulations they resolve to within the article, and the
 * relations the article states. Keys tie the three together and are only meaningful within the
 * article.
 *
 * @param mentions every citation mention in the body, in order
 * @param regulations the distinct regulations of the article, in order of first mention
 * @param relations relations between them stated in the body
 * @param province canonical name of the article's province when evident, else {@code null}; used to
 *     prefer a regulation of that province when a short mention is resolved from the registry
 */
public record ArticleCitations(
    List<Mention> mentions,
    List<CitedRegulation> regulations,
    List<StatedRelation> relations,
    String province) {

  public ArticleCitations {
    mentions = List.copyOf(mentions);
    regulations = List.copyOf(regulations);
    relations = List.copyOf(relations);
  }

  /** Nothing cited. */
  public static final ArticleCitations NONE =
      new ArticleCitations(List.of(), List.of(), List.of(), null);

  /**
   * One citation mention.
   *
   * @param start first UTF-16 offset of the mention in the body (inclusive)
   * @param end last offset (exclusive)
   * @param text the body text of the span
   * @param form FULL, SHORT or NAMED
   * @param stated what this mention itself said
   * @param regulationKey key of the {@link CitedRegulation} it resolves to
   */
  public record Mention(
      int start,
      int end,
      String text,
      CitationForm form,
      StatedFields stated,
      String regulationKey) {}

  /**
   * A regulation as the article establishes it.
   *
   * @param key identity within the article
   * @param scope issuer scope of the symbol: "TW" for central Party bodies, the canonical issuer
   *     for local series and State bodies, or {@code null} when unknown
   * @param fields the article's merged fields
   * @param resolvedInArticle {@code false} when only short mentions exist and no full citation of
   *     the article gave the symbol: the registry resolves it to a known regulation if it can
   */
  public record CitedRegulation(
      String key, String scope, StatedFields fields, boolean resolvedInArticle) {}

  /**
   * A relation the article states.
   *
   * @param type the relation
   * @param sourceKey key of the acting regulation
   * @param targetKey key of the other regulation
   * @param start first UTF-16 offset of the text stating it
   * @param end last offset (exclusive)
   */
  public record StatedRelation(
      RelationType type, String sourceKey, String targetKey, int start, int end) {}
}
