package io.regtrack.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextKeysTest {

  @ParameterizedTest(name = "nameKey({0}) = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Tỉnh ủy Hà Nam | tỉnh ủy hà nam",
        "Tỉnh uỷ Hà Nam | tỉnh ủy hà nam",
        "TỈNH UỶ HÀ NAM | tỉnh ủy hà nam",
        "  Ban  Thường vụ\u00A0Tỉnh ủy  | ban thường vụ tỉnh ủy",
        "khoá XI | khóa xi",
        "Hoà Bình | hòa bình",
        "hoàn thành | hoàn thành",
        "quý | quý",
      })
  void nameKeyIgnoresCaseSpacingAndTonePlacement(String name, String key) {
    assertThat(TextKeys.nameKey(name)).isEqualTo(key);
  }

  @Test
  void nameKeyIsNfc() {
    String decomposed = Normalizer.normalize("Tỉnh ủy Hà Nam", Normalizer.Form.NFD);
    assertThat(TextKeys.nameKey(decomposed)).isEqualTo("tỉnh ủy hà nam");
  }

  @ParameterizedTest(name = "fold({0}) = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Ủy ban Kiểm tra | uy ban kiem tra",
        "Bộ Chính trị | bo chinh tri",
        "ĐẢNG ỦY KHỐI | dang uy khoi",
        "Quy định 58-QĐ/TW | quy dinh 58-qd/tw",
        "Tỉnh uỷ  Hà Nam | tinh uy ha nam",
      })
  void foldDropsDiacritics(String text, String folded) {
    assertThat(TextKeys.fold(text)).isEqualTo(folded);
  }

  @Test
  void nullIsEmpty() {
    assertThat(TextKeys.nameKey(null)).isEmpty();
    assertThat(TextKeys.fold(null)).isEmpty();
  }
}
