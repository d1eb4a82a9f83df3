package io.regtrack.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class NfcOffsetsTest {

  @Test
  void nfcTextMapsToItself() {
    String text = "Thực hiện Quy định số 58-QĐ/TW.";
    NfcOffsets offsets = NfcOffsets.of(text);
    assertThat(offsets.nfc()).isSameAs(text);
    assertThat(offsets.toOriginal(10)).isEqualTo(10);
    assertThat(offsets.toOriginal(999)).isEqualTo(text.length());
  }

  @Test
  void decomposedTextMapsSpansBackToTheTextAsSent() {
    String nfc = "Thực hiện Quy định số 58-QĐ/TW của Bộ Chính trị.";
    String sent = Normalizer.normalize(nfc, Normalizer.Form.NFD);
    NfcOffsets offsets = NfcOffsets.of(sent);
    assertThat(offsets.nfc()).isEqualTo(nfc);
    assertThat(offsets.original()).isEqualTo(sent);
    int start = nfc.indexOf("Quy định");
    int end = nfc.indexOf(" của");
    String span = sent.substring(offsets.toOriginal(start), offsets.toOriginal(end));
    assertThat(Normalizer.normalize(span, Normalizer.Form.NFC)).isEqualTo("Quy định số 58-QĐ/TW");
    assertThat(offsets.toOriginal(nfc.length())).isEqualTo(sent.length());
  }

  @Test
  void mixedTextKeepsOffsetsBeforeTheFirstDecomposedLetter() {
    String sent = "Quy định số 58 và Quy đi\u0323nh số 59";
    NfcOffsets offsets = NfcOffsets.of(sent);
    int second = offsets.nfc().indexOf("Quy định số 59");
    assertThat(offsets.toOriginal(0)).isZero();
    assertThat(
            sent.substring(offsets.toOriginal(second), offsets.toOriginal(offsets.nfc().length())))
        .isEqualTo("Quy đi\u0323nh số 59");
  }
}
