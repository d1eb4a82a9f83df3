package io.regtrack.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The same article, however it was delivered, has one content hash; another article another. */
class ContentHashTest {
  private static final String ARTICLE = "Hội nghị quán triệt Quy định số 58-QĐ/TW";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "zero width space|Hội nghị\u200B quán triệt Quy định số 58-QĐ/TW",
        "zero width joiner and non-joiner|Hội\u200D nghị quán\u200C triệt Quy định số 58-QĐ/TW",
        "byte order mark and word joiner|\uFEFFHội nghị quán triệt\u2060 Quy định số 58-QĐ/TW",
        "bidi override and pop|Hội nghị \u202Equán triệt\u202C Quy định số 58-QĐ/TW",
        "bidi isolates and marks|Hội nghị\u200E quán \u2066triệt\u2069 Quy\u200F định số 58-QĐ/TW",
        "soft hyphen|Hội nghị quán tri\u00ADệt Quy định số 58-QĐ/TW",
        "decomposed diacritics|Ho\u0302\u0323i nghi\u0323 quán triệt Quy định số 58-QĐ/TW",
        "other whitespace|Hội\u00A0nghị\tquán triệt  Quy định\u2007số 58-QĐ/TW"
      })
  void theSameArticleHasTheSameHash(String name, String variant) {
    assertThat(ContentHash.of(variant)).isEqualTo(ContentHash.of(ARTICLE));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "another number|Hội nghị quán triệt Quy định số 85-QĐ/TW",
        "a word less|Hội nghị quán triệt Quy định 58-QĐ/TW",
        "another tone|Hội nghị quán triết Quy định số 58-QĐ/TW"
      })
  void anotherArticleHasAnotherHash(String name, String other) {
    assertThat(ContentHash.of(other)).isNotEqualTo(ContentHash.of(ARTICLE));
  }
}
