package io.regtrack.extraction.citation;

import static org.assertj.core.api.Assertions.assertThat;

import io.regtrack.extraction.gazetteer.Gazetteer;
import io.regtrack.extraction.gazetteer.Province;
import io.regtrack.extraction.model.ExtractedRegulation;
import io.regtrack.extraction.model.RegulationFields;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14: what the extractor says it inferred — an issuer implied by the symbol's suffix or
 * completed with the article's place ({@code issuerInferred}), and the symbol as written when the
 * word corrects its code ({@code symbolAsWritten}).
 */
class InferredFieldsTest {
  private static final CitationExtractor EXTRACTOR = new CitationExtractor();

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of(
            "issuer implied by …-KH/HU and the district the text names",
            "Ban Thường vụ Huyện ủy Đức Phổ quán triệt Kế hoạch số 120-KH/HU.",
            "Quảng Ngãi",
            "120-KH/HU",
            "Ban Thường vụ Huyện ủy Đức Phổ",
            true,
            null),
        Arguments.of(
            "issuer written without its place, completed with the article's province",
            "Quán triệt Kế hoạch số 389-KH/TU ngày 1/12/2023 của Ban Thường vụ Tỉnh ủy về kiểm"
                + " điểm.",
            "Bắc Giang",
            "389-KH/TU",
            "Ban Thường vụ Tỉnh ủy Bắc Giang",
            true,
            null),
        Arguments.of(
            "issuer written in full: not inferred",
            "Quán triệt Kế hoạch số 389-KH/TU của Ban Thường vụ Tỉnh ủy Bắc Giang về kiểm điểm.",
            "Bắc Giang",
            "389-KH/TU",
            "Ban Thường vụ Tỉnh ủy Bắc Giang",
            false,
            null),
        Arguments.of(
            "a central issuer written: not inferred",
            "Quán triệt Quy định số 58-QĐ/TW ngày 8/2/2022 của Bộ Chính trị.",
            null,
            "58-QĐ/TW",
            "Bộ Chính trị",
            false,
            null),
        Arguments.of(
            "the word wins over the code: symbolAsWritten keeps the code as written",
            "Sơ kết Kết luận số 12-CT/TW của Bộ Chính trị.",
            null,
            "12-KL/TW",
            "Bộ Chính trị",
            false,
            "12-CT/TW"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void says(
      String name,
      String body,
      String province,
      String symbol,
      String issuer,
      boolean issuerInferred,
      String symbolAsWritten) {
    Province article = province == null ? null : Gazetteer.get().byName(province).orElseThrow();
    CitationExtractor.Result result = EXTRACTOR.extract(body, article);
    ExtractedRegulation regulation =
        result.regulations().stream().filter(r -> symbol.equals(r.key())).findFirst().orElseThrow();
    RegulationFields merged = regulation.fields();
    assertThat(merged.issuer()).isEqualTo(issuer);
    assertThat(merged.issuerInferred()).as("issuerInferred").isEqualTo(issuerInferred);
    assertThat(merged.symbolAsWritten()).as("symbolAsWritten").isEqualTo(symbolAsWritten);
    RegulationFields stated = result.citations().getFirst().stated();
    assertThat(stated.symbolAsWritten()).as("stated symbolAsWritten").isEqualTo(symbolAsWritten);
  }
}
