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
}
