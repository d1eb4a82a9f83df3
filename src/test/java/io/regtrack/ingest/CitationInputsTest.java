package io.regtrack.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.regtrack.extraction.model.CitationForm;
import io.regtrack.extraction.model.CitationMention;
import io.regtrack.extraction.model.ExtractedRegulation;
import io.regtrack.extraction.model.ExtractedRelation;
import io.regtrack.extraction.model.ExtractionResult;
import io.regtrack.extraction.model.RegulationFields;
import io.regtrack.extraction.model.RegulationKind;
import io.regtrack.extraction.model.RelationType;
import io.regtrack.extraction.model.Span;
import io.regtrack.extraction.text.CleanArticle;
import io.regtrack.regulation.ArticleCitations;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The extraction core's records map onto the regulation feature's input without loss. */
class CitationInputsTest {

  @Test
  void enumsHaveTheSameConstants() {
    assertThat(names(io.regtrack.regulation.RegulationKind.values()))
        .isEqualTo(names(RegulationKind.values()));
    assertThat(names(io.regtrack.regulation.RelationType.values()))
        .isEqualTo(names(RelationType.values()));
    assertThat(names(io.regtrack.regulation.CitationForm.values()))
        .isEqualTo(names(CitationForm.values()));
    for (RegulationKind k : RegulationKind.values()) {
      assertThat(io.regtrack.regulation.RegulationKind.valueOf(k.name()).label())
          .isEqualTo(k.label());
    }
  }

  @Test
  void mapsMentionsRegulationsRelationsAndProvince() {
    RegulationFields fields =
        new RegulationFields(
            RegulationKind.REGULATION,
            "58",
            "58-QĐ/TW",
            false,
            "Bộ Chính trị",
            LocalDate.of(2022, 2, 8),
            "Một số vấn đề về bảo vệ chính trị nội bộ Đảng",
            6,
            22,
            "khóa XIII");
    ExtractionResult result =
        new ExtractionResult(
            2,
            new CleanArticle("t", null, null, null, null, "body", List.of()),
            "Sóc Trăng",
            List.of(
                new CitationMention(
                    new Span(3, 23),
                    "Quy định số 58-QĐ/TW",
                    CitationForm.FULL,
                    fields,
                    "58-QĐ/TW")),
            List.of(new ExtractedRegulation("58-QĐ/TW", "TW", fields, true)),
            List.of(
                new ExtractedRelation(
                    RelationType.REPLACES, "58-QĐ/TW", "126-QĐ/TW", new Span(3, 80))));

    ArticleCitations in = CitationInputs.of(result);

    assertThat(in.province()).isEqualTo("Sóc Trăng");
    ArticleCitations.Mention m = in.mentions().getFirst();
    assertThat(m.start()).isEqualTo(3);
    assertThat(m.end()).isEqualTo(23);
    assertThat(m.text()).isEqualTo("Quy định số 58-QĐ/TW");
    assertThat(m.form()).isEqualTo(io.regtrack.regulation.CitationForm.FULL);
    assertThat(m.regulationKey()).isEqualTo("58-QĐ/TW");
    assertThat(m.stated().kind()).isEqualTo(io.regtrack.regulation.RegulationKind.REGULATION);
    assertThat(m.stated())
        .extracting(
            s -> s.number(),
            s -> s.symbol(),
            s -> s.issuer(),
            s -> s.issuedOn(),
            s -> s.title(),
            s -> s.chapters(),
            s -> s.articles(),
            s -> s.term())
        .containsExactly(
            "58",
            "58-QĐ/TW",
            "Bộ Chính trị",
            LocalDate.of(2022, 2, 8),
            "Một số vấn đề về bảo vệ chính trị nội bộ Đảng",
            6,
            22,
            "khóa XIII");
    ArticleCitations.CitedRegulation r = in.regulations().getFirst();
    assertThat(r.key()).isEqualTo("58-QĐ/TW");
    assertThat(r.scope()).isEqualTo("TW");
    assertThat(r.resolvedInArticle()).isTrue();
    ArticleCitations.StatedRelation rel = in.relations().getFirst();
    assertThat(rel.type()).isEqualTo(io.regtrack.regulation.RelationType.REPLACES);
    assertThat(rel.sourceKey()).isEqualTo("58-QĐ/TW");
    assertThat(rel.targetKey()).isEqualTo("126-QĐ/TW");
    assertThat(rel.start()).isEqualTo(3);
    assertThat(rel.end()).isEqualTo(80);
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
