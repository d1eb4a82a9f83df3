package io.regtrack.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.regtrack.extraction.text.ArticleCleaner;
import io.regtrack.extraction.text.CleanArticle;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The sample corpus is indexed completely and cleans to what sample/expected.json says. */
class SampleCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void indexListsEverySampleFile() {
    assertThat(SampleCorpusLoader.sampleFiles())
        .hasSizeGreaterThanOrEqualTo(8)
        .allMatch(f -> f.endsWith(".txt"))
        .doesNotHaveDuplicates();
  }

  static Stream<Arguments> samples() throws IOException {
    JsonNode expected = JSON.readTree(SampleCorpusLoader.read("sample/expected.json"));
    List<Arguments> rows = new ArrayList<>();
    for (JsonNode e : expected) {
      rows.add(
          Arguments.of(
              e.get("file").asText(),
              e.get("title").asText(),
              e.get("publishedOn").isNull() ? null : e.get("publishedOn").asText(),
              e.path("author").isNull() ? null : e.path("author").asText(null)));
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void cleansToTheExpectedTitleDateAndByline(
      String file, String title, String publishedOn, String author) {
    CleanArticle article = new ArticleCleaner().clean(SampleCorpusLoader.read("sample/" + file));
    assertThat(article.title()).isEqualTo(title);
    assertThat(article.publishedOn())
        .isEqualTo(publishedOn == null ? null : LocalDate.parse(publishedOn));
    assertThat(article.author()).isEqualTo(author);
    assertThat(article.body()).doesNotContain("Các tin khác", "Giấy phép", "zalo-icon");
  }
}
