package io.regtrack.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.regtrack.search.Highlight.Range;
import java.util.List;
import org.junit.jupiter.api.Test;

class HighlighterTest {
  @Test
  void marksFoldedWordsAndJoinsAdjacentOnes() {
    Highlighter h = new Highlighter(SearchQuery.parse("bao ve chinh tri 58-QD/TW").words(), false);
    String title = "Quy định số 58-QĐ/TW: công tác bảo vệ chính trị nội bộ";
    List<Range> ranges = h.ranges(title);
    assertThat(ranges).hasSize(2);
    assertThat(title.substring(ranges.get(0).start(), ranges.get(0).end())).isEqualTo("58-QĐ/TW");
    assertThat(title.substring(ranges.get(1).start(), ranges.get(1).end()))
        .isEqualTo("bảo vệ chính trị");
  }

  @Test
  void whereTheQueryOccursAsAPhraseOnlyThePhraseIsMarked() {
    Highlighter h = new Highlighter(SearchQuery.parse("bao ve chinh tri noi bo").words(), false);
    String title = "Quán triệt chỉ thị về Một số vấn đề về bảo vệ chính trị nội bộ Đảng";
    List<Range> ranges = h.ranges(title);
    assertThat(ranges).hasSize(1);
    assertThat(title.substring(ranges.getFirst().start(), ranges.getFirst().end()))
        .isEqualTo("bảo vệ chính trị nội bộ");
    // Without the phrase, every word is marked ("về" is "ve" too).
    String other = "Về công tác bảo vệ và chính trị nội bộ";
    assertThat(h.ranges(other)).hasSize(3);
  }

  @Test
  void snippetsOfLongBodiesKeepOffsetsIntoTheField() {
    String body =
        "Mở đầu. ".repeat(60) + "Đồng chí Lâm Văn Mẫn phát biểu." + " Kết thúc.".repeat(60);
    Highlighter h = new Highlighter(SearchQuery.parse("lam van man").words(), false);
    Highlight snippet = h.snippet("body", body).orElseThrow();
    assertThat(snippet.text().length()).isLessThanOrEqualTo(Highlighter.SNIPPET);
    assertThat(body.substring(snippet.offset())).startsWith(snippet.text());
    Range r = snippet.ranges().getFirst();
    assertThat(body.substring(r.start(), r.end())).isEqualTo("Lâm Văn Mẫn");
  }

  @Test
  void fuzzyMarksWordsOneEditAway() {
    Highlighter h = new Highlighter(SearchQuery.parse("lam van mn").words(), true);
    assertThat(h.ranges("Lâm Văn Mẫn")).containsExactly(new Range(0, 11));
    assertThat(Highlighter.editDistanceAtMost("man", "mn", 1)).isTrue();
    assertThat(Highlighter.editDistanceAtMost("hung", "hieu", 1)).isFalse();
    assertThat(Highlighter.editDistanceAtMost("hugn", "hung", 1)).isTrue();
  }

  @Test
  void theSnippetIsTheDensestRunOfMatches() {
    String body =
        "Sóc Trăng mở đầu. "
            + "Nội dung khác. ".repeat(40)
            + "Hội nghị tại Sóc Trăng: Tỉnh ủy Sóc Trăng và nhân dân Sóc Trăng."
            + " Kết thúc.".repeat(60);
    Highlighter h = new Highlighter(SearchQuery.parse("soc trang").words(), false);
    Highlight snippet = h.snippet("body", body).orElseThrow();
    assertThat(snippet.ranges()).hasSize(3);
    assertThat(snippet.offset()).isGreaterThan(body.indexOf("Nội dung khác"));
    for (Range r : snippet.ranges()) {
      assertThat(body.substring(r.start(), r.end())).isEqualTo("Sóc Trăng");
    }
  }

  @Test
  void aLongBodyOfCommonWordsGivesOneSnippet() {
    String body = "Hội nghị quán triệt. ".repeat(20_000);
    Highlighter h = new Highlighter(SearchQuery.parse("hoi nghi").words(), false);
    Highlight snippet = h.snippet("body", body).orElseThrow();
    assertThat(snippet.offset()).isZero();
    assertThat(snippet.text().length()).isLessThanOrEqualTo(Highlighter.SNIPPET);
    assertThat(snippet.ranges()).hasSizeGreaterThan(5);
    assertThat(body.substring(snippet.offset())).startsWith(snippet.text());
  }
}
