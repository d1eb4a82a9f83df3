package io.regtrack.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.regtrack.regulation.RegulationKind;
import io.regtrack.search.SearchQuery.Term;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a query is understood: folding, phrases, symbols and dates. */
class SearchQueryTest {

  @Test
  void foldsCaseDiacriticsAndTonePlacement() {
    assertThat(SearchQuery.parse("Quy định Tỉnh Uỷ").words())
        .containsExactly("quy", "dinh", "tinh", "uy");
    assertThat(SearchQuery.parse("tỉnh ủy").words())
        .isEqualTo(SearchQuery.parse("TINH UY").words());
    assertThat(SearchQuery.parse("Đắk Lắk").words()).containsExactly("dak", "lak");
  }

  @Test
  void quotesAndChunksWithoutSpacesArePhrases() {
    SearchQuery q = SearchQuery.parse("hội nghị \"bảo vệ chính trị\" 58-QĐ/TW");
    assertThat(q.terms())
        .containsExactly(
            new Term(List.of("hoi")),
            new Term(List.of("nghi")),
            new Term(List.of("bao", "ve", "chinh", "tri")),
            new Term(List.of("58", "qd", "tw")));
    assertThat(SearchQuery.and(q.terms()))
        .isEqualTo("hoi & nghi & (bao <-> ve <-> chinh <-> tri) & (58 <-> qd <-> tw)");
    assertThat(q.phrase())
        .isEqualTo("hoi <-> nghi <-> bao <-> ve <-> chinh <-> tri <-> 58 <-> qd <-> tw");
    assertThat(SearchQuery.parse("“bảo vệ”").terms())
        .containsExactly(new Term(List.of("bao", "ve")));
  }

  @Test
  void aPhraseKeepsARepeatedWordAndTheConjunctionDropsIt() {
    // "về bảo vệ" folds to ve bao ve: the phrase needs both, the conjunction one.
    SearchQuery q = SearchQuery.parse("vấn đề về bảo vệ chính trị");
    assertThat(q.words()).containsExactly("van", "de", "ve", "bao", "ve", "chinh", "tri");
    assertThat(q.phrase()).isEqualTo("van <-> de <-> ve <-> bao <-> ve <-> chinh <-> tri");
    assertThat(SearchQuery.and(q.terms())).isEqualTo("van & de & ve & bao & chinh & tri");
  }

  @ParameterizedTest
  @CsvSource({
    "58-QĐ/TW, 58QDTW",
    "58-QD/TW, 58QDTW",
    "58/QĐ-TW, 58QDTW",
    "58 QĐ TW, 58QDTW",
    "58-qđ/tư, 58QDTW",
    "Quy định số 58-QĐ/TW ngày 8-2-2022, 58QDTW",
    "01-HD/BTCTW, 1HDBTCTW",
    "15/2020/NĐ-CP, 152020NDCP",
    "123/QĐ-UBND, 123QDUBND",
  })
  void completeSymbols(String query, String loose) {
    SearchQuery.SymbolRef symbol = SearchQuery.parse(query).symbol();
    assertThat(symbol).isNotNull();
    assertThat(symbol.complete()).isTrue();
    assertThat(symbol.looseKeys()).contains(loose);
  }

  @Test
  void shortForms() {
    SearchQuery.SymbolRef code = SearchQuery.parse("QĐ 58").symbol();
    assertThat(code.complete()).isFalse();
    assertThat(code.code()).isEqualTo("QD");
    assertThat(code.numbers()).contains("58");
    SearchQuery.SymbolRef kind = SearchQuery.parse("quy dinh 58").symbol();
    assertThat(kind.kinds()).isEqualTo(Set.of(RegulationKind.REGULATION));
    assertThat(kind.numbers()).contains("58");
    assertThat(SearchQuery.parse("Chỉ thị số 39").symbol().kinds())
        .isEqualTo(Set.of(RegulationKind.DIRECTIVE));
    assertThat(SearchQuery.parse("huong dan 01").symbol().numbers()).contains("1", "01", "001");
    // Words after a code separated by spaces are words, not an issuer part.
    SearchQuery words = SearchQuery.parse("58 QĐ bảo vệ");
    assertThat(words.symbol().complete()).isFalse();
    assertThat(words.termsBesideSymbol())
        .containsExactly(new Term(List.of("bao")), new Term(List.of("ve")));
    assertThat(SearchQuery.parse("bao ve chinh tri noi bo").symbol()).isNull();
  }

  @ParameterizedTest
  @CsvSource({
    "8-2-2022, 2022-02-08",
    "8/2/2022, 2022-02-08",
    "08.02.2022, 2022-02-08",
    "ngày 8 tháng 2 năm 2022, 2022-02-08",
    "ngay 8 thang 2 nam 2022, 2022-02-08",
    "2022-02-08, 2022-02-08",
    "quy định ngày 28/02/2018, 2018-02-28",
  })
  void dates(String query, LocalDate date) {
    assertThat(SearchQuery.parse(query).date()).isEqualTo(date);
  }

  @Test
  void aDateIsNotASymbolAndItsWordsCanBeLeftOut() {
    SearchQuery q = SearchQuery.parse("quy định ngày 8 tháng 2 năm 2022");
    assertThat(q.symbol()).isNull();
    assertThat(q.termsBesideDate())
        .containsExactly(new Term(List.of("quy")), new Term(List.of("dinh")));
    assertThat(SearchQuery.parse("31-2-2022").date()).isNull();
  }

  @Test
  void emptyAndOverlongQueries() {
    assertThat(SearchQuery.parse("%").isEmpty()).isTrue();
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      many.append("w").append(i).append(' ');
    }
    assertThat(SearchQuery.parse(many.toString()).words()).hasSize(SearchQuery.MAX_WORDS);
  }
}
