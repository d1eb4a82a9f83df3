package io.regtrack.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cleans the real seed articles in {@code <regtrack.shared.dir>/seeds} and compares title and
 * publish date with {@code gold.json}. Skipped when the directory is absent.
 */
class SeedArticlesTest {

  private static final ArticleCleaner CLEANER = new ArticleCleaner();

  // "file": "000_….txt" – starts one gold entry.
  private static final Pattern FILE = Pattern.compile("\"file\"\\s*:\\s*\"([^\"]+)\"");

  // "document": { "title": "…", "publishedOn": null | "2022-09-20" }
  private static final Pattern DOCUMENT =
      Pattern.compile(
          "\"document\"\\s*:\\s*\\{\\s*\"title\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*,"
              + "\\s*\"publishedOn\"\\s*:\\s*(null|\"([^\"]*)\")");

  // "byline": "PV" – present for some entries.
  private static final Pattern BYLINE =
      Pattern.compile("\"byline\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  private static final List<String> NEVER_IN_BODY =
      List.of(
          "Phản hồi",
          "Các tin khác",
          "Các bài viết khác",
          "Giấy phép",
          "Tổng Biên tập",
          "Logo",
          "zalo-icon");

  record Gold(String file, String title, String publishedOn, String byline) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Path seedsDir() {
    return Path.of(System.getProperty("regtrack.shared.dir", "../shared")).resolve("seeds");
  }

  static Stream<Gold> golds() throws IOException {
    Path gold = seedsDir().resolve("gold.json");
    if (!Files.isRegularFile(gold)) {
      return Stream.of(new Gold(null, null, null, null));
    }
    String json = Files.readString(gold, StandardCharsets.UTF_8);
    List<Gold> golds = new ArrayList<>();
    Matcher file = FILE.matcher(json);
    List<Integer> starts = new ArrayList<>();
    List<String> files = new ArrayList<>();
    while (file.find()) {
      starts.add(file.start());
      files.add(file.group(1));
    }
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1) : json.length();
      String entry = json.substring(starts.get(i), end);
      Matcher doc = DOCUMENT.matcher(entry);
      assertThat(doc.find()).as("document of %s", files.get(i)).isTrue();
      Matcher byline = BYLINE.matcher(entry);
      golds.add(
          new Gold(
              files.get(i),
              unescape(doc.group(1)),
              doc.group(3),
              byline.find() ? unescape(byline.group(1)) : null));
    }
    return golds.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("golds")
  void cleansSeedLikeGold(Gold gold) throws IOException {
    assumeTrue(gold.file() != null, "no seeds directory at " + seedsDir().toAbsolutePath());
    String raw = Files.readString(seedsDir().resolve(gold.file()), StandardCharsets.UTF_8);

    CleanArticle article = CLEANER.clean(raw);

    assertThat(article.title()).isEqualTo(VietnameseText.nfc(gold.title()));
    assertThat(article.publishedOn() == null ? null : article.publishedOn().toString())
        .isEqualTo(gold.publishedOn());
    if (gold.byline() != null) {
      assertThat(article.author()).isEqualTo(gold.byline());
    }
    assertThat(article.body()).isNotBlank();
    for (String chrome : NEVER_IN_BODY) {
      assertThat(article.body()).doesNotContain(chrome);
    }
    if (gold.file().startsWith("002_")) {
      assertThat(article.body()).doesNotContain("phiên thường kỳ");
    }
    if (gold.file().startsWith("003_")) {
      assertThat(article.body()).doesNotContain("Nha khoa");
    }
    for (String caption : article.captions()) {
      assertThat(article.body()).doesNotContain(caption);
    }
  }

  /** Minimal JSON string unescaping: \" \\ \/ \n \t and \\uXXXX. */
  private static String unescape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        sb.append(c);
        continue;
      }
      char next = s.charAt(++i);
      switch (next) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'r' -> sb.append('\r');
        case 'u' -> {
          sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> sb.append(next);
      }
    }
    return sb.toString();
  }
}
