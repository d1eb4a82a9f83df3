package io.regtrack.extraction.citation;

import static org.assertj.core.api.Assertions.assertThat;

import io.regtrack.extraction.model.ExtractedRegulation;
import io.regtrack.extraction.model.RegulationKind;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** State symbol forms, scopes and issuers, and the fields around them. */
class StateSymbolFormsTest {
  private final CitationExtractor extractor = new CitationExtractor();

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of(
            "Chỉ thị số 05/CT-TTg ngày 15/3/2023 của Thủ tướng Chính phủ.",
            "05/CT-TTg",
            RegulationKind.DIRECTIVE,
            "VN",
            "Thủ tướng Chính phủ",
            LocalDate.of(2023, 3, 15),
            null),
        Arguments.of(
            "Kế hoạch số 13/KH-BCA-ANCTNB ngày 7/2/2023 về bảo vệ bí mật.",
            "13/KH-BCA-ANCTNB",
            RegulationKind.PLAN,
            "VN",
            "Bộ Công an",
            LocalDate.of(2023, 2, 7),
            "về bảo vệ bí mật"),
        Arguments.of(
            "Nghị quyết số 66/NQ-CP ngày 1/5/2024.",
            "66/NQ-CP",
            RegulationKind.RESOLUTION,
            "VN",
            "Chính phủ",
            LocalDate.of(2024, 5, 1),
            null),
        Arguments.of(
            "Thông tư liên tịch số 50/2015/TTLT-BTC-BNV của Bộ Tài chính.",
            "50/2015/TTLT-BTC-BNV",
            RegulationKind.CIRCULAR,
            "VN",
            "Bộ Tài chính",
            null,
            null),
        Arguments.of(
            "Chỉ thị số 12-CT/TW (ngày 3/1/2022) của Ban Bí thư.",
            "12-CT/TW",
            RegulationKind.DIRECTIVE,
            "TW",
            "Ban Bí thư",
            LocalDate.of(2022, 1, 3),
            null),
        Arguments.of(
            "Tuyên truyền Luật Phòng, chống tham nhũng số 36/2018/QH14 tới cán bộ.",
            "36/2018/QH14",
            RegulationKind.LAW,
            "VN",
            "Quốc hội",
            null,
            "Luật Phòng, chống tham nhũng"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("rows")
  void readsSymbolScopeIssuerDateAndTitle(
      String text,
      String symbol,
      RegulationKind kind,
      String scope,
      String issuer,
      LocalDate issuedOn,
      String title) {
    ExtractedRegulation r = extractor.extract(text, null).regulations().getFirst();
    assertThat(r.key()).isEqualTo(symbol);
    assertThat(r.fields().kind()).isEqualTo(kind);
    assertThat(r.scope()).isEqualTo(scope);
    assertThat(r.fields().issuer()).isEqualTo(issuer);
    assertThat(r.fields().issuedOn()).isEqualTo(issuedOn);
    assertThat(r.fields().title()).isEqualTo(title);
  }

  @Test
  void aCapitalisedVerbFollowedByACountIsNoCitation() {
    assertThat(
            extractor
                .extract("Quy định 3 trường hợp được miễn trách nhiệm. Kết luận 5 nội dung.", null)
                .citations())
        .isEmpty();
  }
}
