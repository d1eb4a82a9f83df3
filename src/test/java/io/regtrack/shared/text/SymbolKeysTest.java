package io.regtrack.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SymbolKeysTest {

  @ParameterizedTest(name = "key({0}) = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "58-QĐ/TW | 58-QĐ/TW",
        "58-qđ/tw | 58-QĐ/TW",
        "58-QĐ/TƯ | 58-QĐ/TW",
        "58-QĐ/T.Ư | 58-QĐ/TW",
        "58 - QĐ / TW | 58-QĐ/TW",
        "58–QĐ/TW | 58-QĐ/TW",
        "58—QĐ/TW | 58-QĐ/TW",
        "01-HD/BTCTƯ | 01-HD/BTCTW",
        "15/2020/NĐ–CP | 15/2020/NĐ-CP",
        "123/qđ-ubnd | 123/QĐ-UBND",
        "01-CT/ĐUK | 01-CT/ĐUK",
        "29/2018/QH14 | 29/2018/QH14",
      })
  void keyNormalizesCaseCentralDashesAndSpaces(String symbol, String key) {
    assertThat(SymbolKeys.key(symbol)).isEqualTo(key);
  }

  @ParameterizedTest
  @ValueSource(strings = {"58\u00A0-\u00A0QĐ/TW", "58\u202F-QĐ/TW", "58-Q\u0110/TW"})
  void keyRemovesNoBreakSpaces(String symbol) {
    assertThat(SymbolKeys.key(symbol)).isEqualTo("58-QĐ/TW");
  }

  @ParameterizedTest
  @ValueSource(strings = {"58-QĐ/TƯ", "58-QĐ/TW"})
  void keyIsNfc(String symbol) {
    String decomposed = Normalizer.normalize(symbol, Normalizer.Form.NFD);
    assertThat(SymbolKeys.key(decomposed)).isEqualTo("58-QĐ/TW");
  }

  @ParameterizedTest(name = "loose({0}) = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "58-QĐ/TW | 58QDTW",
        "58-QD/TW | 58QDTW",
        "58/QĐ-TW | 58QDTW",
        "58 QĐ TW | 58QDTW",
        "58.QĐ.TƯ | 58QDTW",
        "15/2020/NĐ-CP | 152020NDCP",
        "01-CT/ĐUK | 01CTDUK",
      })
  void looseKeyDropsDiacriticsAndSeparators(String symbol, String loose) {
    assertThat(SymbolKeys.loose(symbol)).isEqualTo(loose);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "\u00A0"})
  void blankHasNoKey(String symbol) {
    assertThat(SymbolKeys.key(symbol)).isNull();
    assertThat(SymbolKeys.loose(symbol)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", " - / ", "—"})
  void punctuationOnlyHasNoLooseKey(String symbol) {
    assertThat(SymbolKeys.loose(symbol)).isNull();
  }
}
