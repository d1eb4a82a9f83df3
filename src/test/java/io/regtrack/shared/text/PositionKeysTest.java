package io.regtrack.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PositionKeysTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "TUV | Tỉnh ủy viên",
        "UVTV Tỉnh ủy | Ủy viên Ban Thường vụ Tỉnh ủy",
        "UV BTV Tỉnh ủy | Ủy viên Ban Thường vụ Tỉnh ủy",
        "Ủy viên BTV Tỉnh ủy | Ủy viên Ban Thường vụ Tỉnh ủy",
        "Chủ tịch HĐND tỉnh | Chủ tịch Hội đồng nhân dân tỉnh",
        "Chủ tịch UBND tỉnh | Chủ tịch Ủy ban nhân dân tỉnh",
        "ĐBQH khóa XV | Đại biểu Quốc hội khoá XV",
        "Ủy viên BCH TW Đảng | Ủy viên Ban Chấp hành Trung ương Đảng",
        "Ủy viên Ban Chấp hành Trung ương Đảng | Ủy viên Trung ương Đảng",
        "Ủy viên Ban Chấp hành Trung ương | Ủy viên Trung ương",
        "Ủy viên Trung ương Đảng | Ủy viên Trung ương",
        "Phó Trưởng Ban Tổ chức TƯ | Phó Trưởng Ban Tổ chức Trung ương",
        "Bí thư Tỉnh uỷ | bí thư tỉnh ủy",
        "Bí thư\u00A0Tỉnh ủy | Bí thư  Tỉnh ủy",
        "Phó Cục trưởng Cục Bảo vệ chính trị nội bộ, Ban Tổ chức Trung ương"
            + " | Phó Cục trưởng Cục Bảo vệ chính trị nội bộ Ban Tổ chức Trung ương",
        "Bí thư ĐUK các cơ quan tỉnh | Bí thư Đảng ủy Khối các cơ quan tỉnh",
      })
  void twoFormsOfOnePostHaveOneKey(String a, String b) {
    assertThat(PositionKeys.key(a)).isEqualTo(PositionKeys.key(b)).isNotEmpty();
  }

  @ParameterizedTest(name = "{0} ≠ {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Bí thư Tỉnh ủy | Phó Bí thư Tỉnh ủy",
        "Ủy viên Trung ương Đảng | Ủy viên dự khuyết Trung ương Đảng",
        "TUV | HUV",
        "Chủ tịch UBND tỉnh | Chủ tịch HĐND tỉnh",
        "Trưởng Ban Tổ chức Tỉnh ủy | Trưởng Ban Tuyên giáo Tỉnh ủy",
      })
  void differentPostsHaveDifferentKeys(String a, String b) {
    assertThat(PositionKeys.key(a)).isNotEqualTo(PositionKeys.key(b));
  }

  @Test
  void abbreviationsAreWholeWords() {
    assertThat(PositionKeys.key("TUVA")).isEqualTo("tuva");
    assertThat(PositionKeys.key(null)).isEmpty();
    assertThat(PositionKeys.key("  ")).isEmpty();
  }

  @Test
  void dedupeKeepsTheFullestFormWhateverTheOrder() {
    List<String> positions =
        List.of(
            "Trưởng Đoàn Kiểm tra",
            "Ủy viên Trung ương Đảng",
            "Trưởng Đoàn Kiểm tra số 7",
            "Ủy viên Ban Chấp hành Trung ương Đảng",
            "TUV",
            "Tỉnh ủy viên",
            "Bí thư Tỉnh ủy");
    List<String> expected =
        List.of(
            "Trưởng Đoàn Kiểm tra số 7",
            "Ủy viên Ban Chấp hành Trung ương Đảng",
            "Tỉnh ủy viên",
            "Bí thư Tỉnh ủy");
    assertThat(PositionKeys.dedupe(positions)).containsExactlyElementsOf(expected);
    List<String> shuffled = new ArrayList<>(positions);
    for (int seed = 0; seed < 20; seed++) {
      Collections.shuffle(shuffled, new java.util.Random(seed));
      assertThat(PositionKeys.dedupe(shuffled)).containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Test
  void betweenEqualFormsDedupePrefersNewStyleTones() {
    assertThat(PositionKeys.dedupe(List.of("Phó Bí thư Tỉnh uỷ", "Phó Bí thư Tỉnh ủy")))
        .containsExactly("Phó Bí thư Tỉnh ủy");
    assertThat(PositionKeys.dedupe(List.of("Phó Bí thư Tỉnh ủy", "Phó Bí thư Tỉnh uỷ")))
        .containsExactly("Phó Bí thư Tỉnh ủy");
  }

  @Test
  void dedupeKeepsDistinctPostsAndDropsBlanks() {
    assertThat(PositionKeys.dedupe(List.of("Phó Bí thư Tỉnh ủy", " ", "Bí thư Tỉnh ủy")))
        .containsExactly("Phó Bí thư Tỉnh ủy", "Bí thư Tỉnh ủy");
  }
}
