package io.regtrack.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.regtrack.search.SearchSql.Mode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How search estimates the rows a text condition matches, and the plan it chooses from the estimate
 * (SearchSql.walkRows), over invented statistics shaped like those of 100,000 meeting reports:
 * subject words and pairs common, name pairs rare.
 */
class LexemeStatisticsTest {
  private static final LexemeStatistics STATS =
      new LexemeStatistics(
          Map.of(
              "document.title_tsv",
              column(
                  "bao 0.125 ve 0.6 chinh 0.13 tri 0.14 noi 0.049 bo 0.22 hoi 0.43 nghi 0.49"
                      + " lam 0.045 van 0.063 le 0.3 thi 0.17 ha 0.2",
                  0.0014),
              "document.search_tsv",
              column(
                  "bao 0.9 ve 1.0 chinh 0.8 tri 0.8 noi 0.5 bo 0.9 lam 0.68 van 0.77 man 0.15"
                      + " soc 0.012 trang 0.015",
                  0.009),
              "document.pairs_tsv",
              column(
                  "bao_ve 0.35 ve_chinh 0.1 chinh_tri 0.48 tri_noi 0.1 noi_bo 0.1 lam_van 0.004"
                      + " van_man 0.008 hoi_nghi 0.99",
                  0.0015)),
          Map.of("document", 100_000.0, "meeting", -1.0));

  /** A column's statistics from "lexeme frequency lexeme frequency …". */
  private static LexemeStatistics.Column column(String spec, double floor) {
    String[] parts = spec.split(" ");
    Map<String, Double> frequencies = new java.util.HashMap<>();
    for (int i = 0; i < parts.length; i += 2) {
      frequencies.put(parts[i], Double.parseDouble(parts[i + 1]));
    }
    return new LexemeStatistics.Column(frequencies, floor);
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          document.title_tsv  | bao ve chinh tri noi bo  | 0.049
          document.title_tsv  | hoi nghi                 | 0.43
          document.title_tsv  | hoi                      | 0.43
          document.title_tsv  | lam van man              | 0.0007
          document.pairs_tsv  | lam_van van_man          | 0.004
          document.pairs_tsv  | tri_noi noi_bo bao_ve    | 0.1
          document.pairs_tsv  | xyz_abc                  | 0.00075
          """)
  void aPhraseIsAsCommonAsItsRarestWord(String column, String phrase, double expected) {
    assertThat(STATS.fraction(column, List.of(Arrays.asList(phrase.split(" ")))))
        .isCloseTo(expected, within(1e-9));
  }

  @Test
  void separateTermsBackOffExponentially() {
    // soc 0.012 · trang^½ 0.015 · man^¼ 0.15 · lam^⅛ 0.68: between the product and the minimum.
    double f =
        STATS.fraction(
            "document.search_tsv",
            List.of(List.of("lam"), List.of("man"), List.of("soc"), List.of("trang")));
    assertThat(f)
        .isCloseTo(
            0.012 * Math.sqrt(0.015) * Math.pow(0.15, 0.25) * Math.pow(0.68, 0.125), within(1e-12));
    assertThat(f).isLessThan(0.012).isGreaterThan(0.68 * 0.15 * 0.012 * 0.015);
    // A fifth term changes nothing: only the four most selective count.
    assertThat(
            STATS.fraction(
                "document.search_tsv",
                List.of(
                    List.of("lam"),
                    List.of("man"),
                    List.of("soc"),
                    List.of("trang"),
                    List.of("ve"))))
        .isEqualTo(f);
  }

  @Test
  void withoutStatisticsNothingIsKnown() {
    assertThat(STATS.fraction("meeting.title_tsv", List.of(List.of("hoi")))).isNaN();
    assertThat(STATS.fraction("document.title_tsv", List.of())).isNaN();
    assertThat(STATS.rows("meeting")).isNaN(); // never analyzed: reltuples -1
    assertThat(STATS.rows("person")).isNaN();
    assertThat(STATS.rows("document")).isEqualTo(100_000.0);
  }

  /**
   * The plan of each text branch of a query, as {@code name:rows} (0: the index alone): dense
   * phrases walk, rare ones read the index (a name of three common words is rare as a phrase: its
   * word pairs are), and the walk is bounded by what the index would read.
   */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          bao ve chinh tri noi bo | title-phrase:4900 title:0 body-phrase:10000 body:10000
          lam van man             | title-phrase:0 title:0 body-phrase:0 body:10000
          hội nghị                | title-phrase:10000 title:10000 body-phrase:0 body:0
          soc trang lam man       | title-phrase:0 title:0 body-phrase:0 body:0
          le thi ha               | title-phrase:0 title:5627 body-phrase:0 body:0
          """)
  void theWalkIsForCommonPhrases(String q, String expected) {
    SearchSql sql = new SearchSql(SearchQuery.parse(q), Mode.EXACT, STATS);
    List<String> plans =
        sql.branches(SearchType.DOCUMENT).stream()
            .filter(b -> !b.text().isEmpty())
            .map(b -> b.name() + ":" + sql.walkRows(b, 21))
            .toList();
    assertThat(String.join(" ", plans)).isEqualTo(expected);
  }

  @Test
  void aTableNeverAnalyzedWalksAThousandRows() {
    SearchSql sql = new SearchSql(SearchQuery.parse("bao ve chinh tri"), Mode.EXACT, STATS);
    SearchSql.Branch title = sql.branches(SearchType.MEETING).getFirst();
    assertThat(title.text())
        .extracting(SearchSql.Text::column)
        .containsExactly("meeting.title_tsv", "document.pairs_tsv");
    assertThat(sql.walkRows(title, 21)).isEqualTo(SearchSql.UNKNOWN_WALK);
  }

  @Test
  void onlyPhrasesOfADocumentBodyAskForWordPairs() {
    SearchSql sql =
        new SearchSql(SearchQuery.parse("\"kiểm tra giám sát\" soc trang"), Mode.EXACT, STATS);
    var body =
        sql.branches(SearchType.DOCUMENT).stream().filter(b -> b.name().equals("body")).findFirst();
    assertThat(body).isPresent();
    assertThat(body.get().text())
        .containsExactly(
            new SearchSql.Text(
                "document.search_tsv",
                List.of(List.of("kiem", "tra", "giam", "sat"), List.of("soc"), List.of("trang"))),
            new SearchSql.Text(
                "document.pairs_tsv", List.of(List.of("kiem_tra", "tra_giam", "giam_sat"))));
  }
}
