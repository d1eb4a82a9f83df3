package io.regtrack.ingest;

import io.regtrack.extraction.model.CitationMention;
import io.regtrack.extraction.model.ExtractedRegulation;
import io.regtrack.extraction.model.ExtractedRelation;
import io.regtrack.extraction.model.ExtractionResult;
import io.regtrack.extraction.model.RegulationFields;
import io.regtrack.regulation.ArticleCitations;
import io.regtrack.regulation.CitationForm;
import io.regtrack.regulation.RegulationKind;
import io.regtrack.regulation.RelationType;
import io.regtrack.regulation.StatedFields;

/**
 * Translates the extraction core's citation records into the regulation feature's input ({@link
 * ArticleCitations}). Features do not depend on the extraction core; the ingest pipeline, which
 * depends on both, maps one onto the other. Enums map by constant name.
 */
final class CitationInputs {
  private CitationInputs() {}

  static ArticleCitations of(ExtractionResult result) {
    return new ArticleCitations(
        result.citations().stream().map(CitationInputs::mention).toList(),
        result.regulations().stream().map(CitationInputs::regulation).toList(),
        result.relations().stream().map(CitationInputs::relation).toList(),
        result.province());
  }

  static ArticleCitations.Mention mention(CitationMention m) {
    return new ArticleCitations.Mention(
        m.span().start(),
        m.span().end(),
        m.text(),
        map(m.form(), CitationForm.class),
        fields(m.stated()),
        m.regulationKey());
  }

  private static ArticleCitations.CitedRegulation regulation(ExtractedRegulation r) {
    return new ArticleCitations.CitedRegulation(
        r.key(), r.scope(), fields(r.fields()), r.resolvedInArticle());
  }

  private static ArticleCitations.StatedRelation relation(ExtractedRelation r) {
    return new ArticleCitations.StatedRelation(
        map(r.type(), RelationType.class),
        r.sourceKey(),
        r.targetKey(),
        r.span() == null ? 0 : r.span().start(),
        r.span() == null ? 0 : r.span().end());
  }

  static StatedFields fields(RegulationFields f) {
    if (f == null) {
      return StatedFields.NONE;
    }
    return new StatedFields(
        map(f.kind(), RegulationKind.class),
        f.number(),
        f.symbol(),
        f.symbolInferred(),
        f.issuer(),
        f.issuedOn(),
        f.title(),
        f.chapters(),
        f.articles(),
        f.term(),
        f.issuerInferred(),
        f.symbolAsWritten());
  }

  /** The constant of {@code type} with the same name as {@code value}; {@code null} for null. */
  static <E extends Enum<E>> E map(Enum<?> value, Class<E> type) {
    return value == null ? null : Enum.valueOf(type, value.name());
  }
}
