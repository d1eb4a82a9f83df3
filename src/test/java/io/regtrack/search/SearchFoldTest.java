package io.regtrack.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Java fold of queries ({@link SearchText}) and the SQL fold of stored text ({@code
 * vn_search_text}, migration V5: unaccent, lower, words of [a-z0-9], no leading zeros) agree, or a
 * query would not find what it should: every Vietnamese letter in both cases and both tone
 * placements, symbols, dates, numbers, and every line of the seed articles.
 */
@QuarkusTest
class SearchFoldTest {
  @Inject EntityManager em;

  @Test
  void javaAndSqlFoldTheSameWay() throws IOException {
    List<String> samples = new ArrayList<>();
    String letters =
        "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvx"
            + "yỳýỷỹỵ";
    samples.add(letters);
    samples.add(letters.toUpperCase(java.util.Locale.ROOT));
    samples.add("Tỉnh uỷ Hoà Bình, tỉnh ủy Hòa Bình, THỦY, thuỷ, quý, khuya");
    samples.add("Quy định số 58-QĐ/TW ngày 08/02/2022; 01-HD/BTCTW; 15/2020/NĐ-CP; 6.500 đại biểu");
    samples.add("  Số11-CT/TU\u00A0ngày 20/7/2012 — “Một số vấn đề” (khóa XII) 007 0 00 10 ");
    Path seeds = SearchCorpus.seeds();
    if (Files.isDirectory(seeds)) {
      try (Stream<Path> files = Files.list(seeds)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          samples.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
        }
      }
    }
    int compared = 0;
    for (String s : samples) {
      if (s.isBlank()) {
        continue;
      }
      String sql =
          (String)
              em.createNativeQuery("select btrim(vn_search_text(:s))")
                  .setParameter("s", s)
                  .getSingleResult();
      assertThat(SearchText.searchText(s)).as("the words of %s", s).isEqualTo(sql);
      compared++;
    }
    assertThat(compared).isGreaterThan(5);
  }

  /**
   * The pair lexemes a phrase query asks for ({@link SearchQuery#pairs}) are the ones {@code
   * vn_search_pairs} stores for the same words: each once, in any order.
   */
  @Test
  void phrasePairsOfJavaAreThePairsStoredBySql() {
    String text = "Quy định số 58-QĐ/TW: quy định số 58 của Bộ Chính trị";
    List<String> words = List.of(SearchText.searchText(text).split(" "));
    String query = SearchQuery.pairs(List.of(words));
    String stored =
        (String)
            em.createNativeQuery("select cast(vn_search_pairs(:s) as text)")
                .setParameter("s", text)
                .getSingleResult();
    List<String> asked = List.of(query.split(" & "));
    assertThat(asked)
        .containsExactly(
            "'quy_dinh'",
            "'dinh_so'",
            "'so_58'",
            "'58_qd'",
            "'qd_tw'",
            "'tw_quy'",
            "'58_cua'",
            "'cua_bo'",
            "'bo_chinh'",
            "'chinh_tri'");
    assertThat(List.of(stored.split(" "))).containsExactlyInAnyOrderElementsOf(asked);
    Boolean matches =
        (Boolean)
            em.createNativeQuery(
                    "select vn_search_pairs(:s) @@ cast(:q as tsquery)"
                        + " and not vn_search_pairs(:s) @@ cast(:other as tsquery)"
                        + " and vn_search_pairs('') = cast('' as tsvector)")
                .setParameter("s", text)
                .setParameter("q", query)
                .setParameter("other", "'bo_quy'")
                .getSingleResult();
    assertThat(matches).isTrue();
  }
}
