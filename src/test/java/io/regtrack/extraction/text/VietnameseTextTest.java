package io.regtrack.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseTextTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "hoà, hòa",
    "hoá, hóa",
    "hoả, hỏa",
    "thoả thuận, thỏa thuận",
    "hoạ sĩ, họa sĩ",
    "khoẻ, khỏe",
    "loè loẹt, lòe loẹt",
    "uỷ ban, ủy ban",
    "huyện uỷ, huyện ủy",
    "thuỷ lợi, thủy lợi",
    "tuỳ, tùy",
    "huỷ bỏ, hủy bỏ",
    "luỹ kế, lũy kế",
    "truỵ, trụy",
    "Hoà Bình, Hòa Bình",
    "HOÀ BÌNH, HÒA BÌNH",
    "UỶ BAN, ỦY BAN",
    "Uỷ ban, Ủy ban",
    "tỉnh uỷ., tỉnh ủy.",
    "(hoà), (hòa)",
  })
  void movesToneToFirstVowelOfFinalPair(String oldStyle, String newStyle) {
    assertThat(VietnameseText.normalizeTones(oldStyle)).isEqualTo(newStyle);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "hoàn thành",
        "toán học",
        "khuyến khích",
        "quyết định",
        "ngoài ra",
        "quý",
        "quỹ đầu tư",
        "Quỳnh",
        "huỳnh",
        "hòa",
        "ủy ban",
        "thoát",
        "khoảng",
        "đoàn",
        "",
      })
  void leavesSyllablesWhereThePairDoesNotEndTheSyllable(String word) {
    assertThat(VietnameseText.normalizeTones(word)).isEqualTo(word);
  }

  @Test
  void toneNormalizationPreservesLength() {
    String text = "Huyện uỷ Hoà Vang, thoả thuận hoà giải; Quỹ hỗ trợ khoẻ mạnh, tuỳ ý.";
    String normalized = VietnameseText.normalizeTones(text);
    assertThat(normalized).hasSameSizeAs(text);
    assertThat(normalized)
        .isEqualTo("Huyện ủy Hòa Vang, thỏa thuận hòa giải; Quỹ hỗ trợ khỏe mạnh, tùy ý.");
  }

  @Test
  void nfcComposesAndKeepsNoBreakSpace() {
    String decomposed = Normalizer.normalize("Huyện ủy\u00A0Yên Lạc", Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo("Huyện ủy\u00A0Yên Lạc");
    assertThat(VietnameseText.nfc(decomposed)).isEqualTo("Huyện ủy\u00A0Yên Lạc");
    assertThat(VietnameseText.nfc(null)).isEmpty();
  }

  @Test
  void matchKeyEqualizesToneStyleCaseAndSpaces() {
    assertThat(VietnameseText.matchKey("Huyện Uỷ\u00A0Hoà\tVang"))
        .isEqualTo(VietnameseText.matchKey("huyện ủy hòa vang"))
        .isEqualTo("huyện ủy hòa vang");
    assertThat(VietnameseText.matchKey("A\u202FB\u2007C\nD")).isEqualTo("a b c d");
    assertThat(VietnameseText.matchKey(null)).isEmpty();
  }

  @Test
  void matchKeyIsLengthPreservingRelativeToNfc() {
    String decomposed =
        Normalizer.normalize("Tỉnh Uỷ\u00A0Hoà Bình  İSTANBUL ĐẢNG ỦY\r\n", Normalizer.Form.NFD);
    String nfc = VietnameseText.nfc(decomposed);
    String key = VietnameseText.matchKey(decomposed);
    assertThat(key).hasSameSizeAs(nfc);
    int at = key.indexOf("hòa bình");
    assertThat(nfc.substring(at, at + "hòa bình".length())).isEqualTo("Hoà Bình");
  }

  @Test
  void foldStripsDiacriticsAndCollapsesSpaces() {
    assertThat(VietnameseText.fold("  Ủy ban\u00A0Kiểm tra   Đảng ủy\tKhối "))
        .isEqualTo("uy ban kiem tra dang uy khoi");
    assertThat(VietnameseText.fold("Hoà")).isEqualTo(VietnameseText.fold("hòa")).isEqualTo("hoa");
    assertThat(VietnameseText.fold("Thường trực, Ươm mầm")).isEqualTo("thuong truc, uom mam");
    assertThat(VietnameseText.fold(null)).isEmpty();
  }
}
