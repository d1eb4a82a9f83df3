package io.regtrack.extraction.citation;

import static org.assertj.core.api.Assertions.assertThat;

import io.regtrack.extraction.model.ExtractedRegulation;
import io.regtrack.extraction.model.RegulationKind;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Issuer phrasings of Party resolutions and notices that have no "của". */
class IssuerFormsTest {
  private final CitationExtractor extractor = new CitationExtractor();

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of(
            "Quán triệt Nghị quyết số 27-NQ/TW ngày 9/11/2022 Hội nghị lần thứ sáu Ban Chấp hành"
                + " Trung ương Đảng khóa XIII về tiếp tục xây dựng và hoàn thiện Nhà nước.",
            "27-NQ/TW",
            RegulationKind.RESOLUTION,
            "Ban Chấp hành Trung ương",
            LocalDate.of(2022, 11, 9),
            "khóa XIII",
            "về tiếp tục xây dựng và hoàn thiện Nhà nước"),
        Arguments.of(
            "Theo Kết luận số 12-KL/TW ngày 5/10/2021 Hội nghị Trung ương 4 khóa XIII về công tác"
                + " xây dựng Đảng.",
            "12-KL/TW",
            RegulationKind.CONCLUSION,
            "Ban Chấp hành Trung ương",
            LocalDate.of(2021, 10, 5),
            "khóa XIII",
            "về công tác xây dựng Đảng"),
        Arguments.of(
            "Thực hiện Thông báo kết luận số 77-TB/TW ngày 1/3/2024 của Bộ Chính trị về công tác"
                + " cán bộ.",
            "77-TB/TW",
            RegulationKind.NOTICE,
            "Bộ Chính trị",
            LocalDate.of(2024, 3, 1),
            null,
            "về công tác cán bộ"),
        Arguments.of(
            "Luật Thanh niên số 57/2020/QH14 được Quốc hội khóa XIV thông qua ngày 16/6/2020.",
            "57/2020/QH14",
            RegulationKind.LAW,
            "Quốc hội",
            LocalDate.of(2020, 6, 16),
            "khóa XIV",
            "Luật Thanh niên"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("rows")
  void readsTheIssuerTermDateAndTitle(
      String text,
      String symbol,
      RegulationKind kind,
      String issuer,
      LocalDate issuedOn,
      String term,
      String title) {
    ExtractedRegulation r = extractor.extract(text, null).regulations().getFirst();
    assertThat(r.key()).isEqualTo(symbol);
    assertThat(r.fields().kind()).isEqualTo(kind);
    assertThat(r.fields().issuer()).isEqualTo(issuer);
    assertThat(r.fields().issuedOn()).isEqualTo(issuedOn);
    assertThat(r.fields().term()).isEqualTo(term);
    assertThat(r.fields().title()).isEqualTo(title);
  }
}
