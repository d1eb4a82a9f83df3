package io.regtrack.extraction.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.regtrack.extraction.ArticleExtractor;
import io.regtrack.extraction.gazetteer.Gazetteer;
import io.regtrack.extraction.gazetteer.Province;
import io.regtrack.extraction.model.CitationMention;
import io.regtrack.extraction.model.ExtractedRegulation;
import io.regtrack.extraction.model.ExtractedRelation;
import io.regtrack.extraction.model.ExtractionResult;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property and adversarial tests of the citation engine: random mixtures of the tokens the patterns
 * look for never make it throw or return a span that does not index the body; 1 MB adversarial
 * inputs finish; and time grows linearly with input size (no catastrophic regex backtracking, no
 * quadratic scans). Seeded {@link Random}, so every run sees the same inputs.
 */
class CitationRobustnessTest {

  private static final CitationExtractor EXTRACTOR = new CitationExtractor();
  private static final Province HA_NAM = Gazetteer.get().byName("Hà Nam").orElseThrow();

  private static final int MB = 1 << 20;
  private static final int KB256 = 1 << 18;

  /** What random text is made of: words, kind words, issuers, numbers' parts, punctuation. */
  private static final String[] TOKENS = {
    // kind words, full and abbreviated, in all cases
    "Quy định",
    "quy định",
    "QUY ĐỊNH",
    "Quyết định",
    "Chỉ thị",
    "chỉ thị",
    "Nghị quyết",
    "Hướng dẫn",
    "Kết luận",
    "Thông báo",
    "Kế hoạch",
    "Quy chế",
    "Nghị định",
    "Thông tư",
    "Luật",
    "luật",
    "Công văn",
    "QĐ",
    "qđ",
    "CT",
    "NQ",
    "KL",
    "HD",
    "KH",
    // number and symbol parts
    "số",
    "số",
    "số",
    "0",
    "1",
    "01",
    "7",
    "58",
    "126",
    "2022",
    "99999",
    "123456",
    "-",
    "-",
    "/",
    "/",
    "–",
    "—",
    ".",
    "TW",
    "TƯ",
    "T.Ư",
    "TU",
    "HU",
    "ĐU",
    "ĐUK",
    "BTCTW",
    "QĐi",
    "NĐ-CP",
    "QH14",
    "UBND",
    "BCA-ANCTNB",
    "GP-BTTTT",
    // fields
    "ngày",
    "tháng",
    "năm",
    "của",
    "do",
    "khóa",
    "XI",
    "XIII",
    "(",
    ")",
    "về",
    "gồm",
    "chương",
    "điều",
    ",",
    ";",
    ":",
    "“",
    "”",
    "\"",
    "\n",
    "\n\n",
    // issuers
    "Bộ Chính trị",
    "Ban Bí thư",
    "Ban Chấp hành Trung ương Đảng",
    "Ban Tổ chức Trung ương",
    "Ban Thường vụ Tỉnh ủy",
    "Tỉnh ủy",
    "Huyện ủy",
    "Yên Thành",
    "Đảng ủy Khối",
    "Ban Thường vụ Đảng ủy Khối",
    "các cơ quan Trung ương",
    "Chính phủ",
    "Quốc hội",
    "Ủy ban nhân dân tỉnh",
    "Hà Nam",
    "Nghệ An",
    // relation words
    "thay thế",
    "cho",
    "được",
    "bởi",
    "thực hiện",
    "triển khai",
    "hướng dẫn",
    "sửa đổi, bổ sung",
    "một số điều",
    "ban hành kèm theo",
    "quy định chi tiết",
    "gắn với",
    "tổng kết",
    "và",
    // running text
    "hội nghị",
    "cán bộ",
    "đảng viên",
    "tăng cường",
    "công tác",
    "bảo vệ",
    "chính trị",
    "nội bộ",
    "Điều 1",
    "nhiệm kỳ",
    "Ban Chỉ đạo",
    "Giấy phép",
  };

  /** What separates tokens: a space mostly, sometimes a NO-BREAK SPACE, nothing or two spaces. */
  private static final String[] SEPARATORS = {
    " ", " ", " ", " ", " ", " ", "\u00A0", "\u00A0", "", "  ", "\t",
  };

  // ---------------------------------------------------------------------------------------------
  // Random text

  @Test
  void twoThousandRandomTextsNeverThrowAndSpansIndexTheBody() {
    Random random = new Random(20240503L);
    for (int i = 0; i < 2_000; i++) {
      String body = randomText(random, 1 + random.nextInt(i % 10 == 0 ? 400 : 60));
      Province province = random.nextBoolean() ? HA_NAM : null;
      CitationExtractor.Result result = extract(body, province);
      assertWellFormed(body, result);
    }
  }

  @Test
  void resultsAreDeterministicAndShiftWithAPrefix() {
    Random random = new Random(77L);
    for (int i = 0; i < 300; i++) {
      String body = randomText(random, 1 + random.nextInt(80));
      CitationExtractor.Result first = EXTRACTOR.extract(body, HA_NAM);
      assertThat(EXTRACTOR.extract(body, HA_NAM)).as("same input, same result").isEqualTo(first);

      // A paragraph break before the text moves every span by two and changes nothing else.
      String prefixed = "\n\n" + body;
      CitationExtractor.Result shifted = EXTRACTOR.extract(prefixed, HA_NAM);
      assertThat(shifted.citations()).hasSameSizeAs(first.citations());
      for (int c = 0; c < first.citations().size(); c++) {
        CitationMention a = first.citations().get(c);
        CitationMention b = shifted.citations().get(c);
        assertThat(b.span().start()).as(body).isEqualTo(a.span().start() + 2);
        assertThat(b.span().end()).as(body).isEqualTo(a.span().end() + 2);
        assertThat(b.stated()).as(body).isEqualTo(a.stated());
        assertThat(b.regulationKey()).as(body).isEqualTo(a.regulationKey());
      }
      assertThat(shifted.regulations()).as(body).isEqualTo(first.regulations());
      assertThat(shifted.relations().stream().map(r -> r.type() + r.sourceKey() + r.targetKey()))
          .as(body)
          .containsExactlyElementsOf(
              first.relations().stream()
                  .map(r -> r.type() + r.sourceKey() + r.targetKey())
                  .toList());
    }
  }

  @Test
  void wholeArticleExtractionNeverThrowsOnRandomText() {
    ArticleExtractor articles = new ArticleExtractor();
    Random random = new Random(5L);
    for (int i = 0; i < 200; i++) {
      String text = randomText(random, 1 + random.nextInt(200));
      ExtractionResult result = articles.extract(text);
      String body = result.article().body();
      for (CitationMention c : result.citations()) {
        assertThat(c.span().end()).isLessThanOrEqualTo(body.length());
        assertThat(c.text()).isEqualTo(body.substring(c.span().start(), c.span().end()));
      }
    }
    assertThatCode(() -> articles.extract(null)).doesNotThrowAnyException();
    assertThatCode(() -> articles.extract("")).doesNotThrowAnyException();
  }

  @Test
  void emptyAndTinyInputs() {
    for (String s : List.of("", " ", "\u00A0", "số", "/", "-", "Quy định", "Quy định số", "QĐ 1")) {
      assertWellFormed(s, extract(s, null));
      assertWellFormed(s, extract(s, HA_NAM));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Adversarial 1 MB inputs

  /** An adversarial input of (about) {@code size} chars. */
  record Adversary(String name, IntFunction<String> make) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Inputs timed at 256 KB and 1 MB: long runs of digits, "số" and "/", kind words, dashes. */
  static List<Adversary> timedAdversaries() {
    return List.of(
        new Adversary("digits", size -> repeat("0123456789", size)),
        new Adversary("số/", size -> repeat("số/", size)),
        new Adversary("“Quy định số ” repeated", size -> repeat("Quy định số ", size)),
        new Adversary(
            "“Quy định số 1-” + “a-” repeated", size -> "Quy định số 1-" + repeat("a-", size - 14)),
        // each of these was superlinear once: every title occurrence checked against every
        // citation; the Khối name searched per issuer; short groups filtered per group; short
        // forms compared with every full citation; the text copied to trim a trailing "và".
        new Adversary(
            "a named law repeated", size -> repeat("Luật Thanh tra số 11/2022/QH15. ", size)),
        new Adversary(
            "“Ban Thường vụ Đảng ủy Khối” repeated",
            size -> repeat("Chỉ thị số 1-CT/ĐUK của Ban Thường vụ Đảng ủy Khối. ", size)),
        new Adversary("distinct short citations", size -> numbered("Chỉ thị số %d. ", size)),
        new Adversary(
            "issuers before mentions and …/ĐU plans with none",
            size ->
                numbered(
                    "Đảng ủy Quân sự tỉnh đã ban hành Kế hoạch số %1$d-KH/TU, ngày 1-2-2024, Ban"
                        + " Thường vụ Huyện ủy ban hành Nghị quyết số %1$d-NQ/ĐU ",
                    size)),
        new Adversary(
            "distinct full and misnamed short citations",
            size -> numbered("Quy định số %1$d-QĐ/TW và Quyết định số %1$d. ", size)),
        new Adversary(
            "subjects ending in “và”",
            size ->
                repeat(
                    "Chỉ thị số 1-CT/TW về công tác dân vận và Nghị định số 30/2020/NĐ-CP. ",
                    size)),
        new Adversary(
            "anaphors and relations",
            size ->
                repeat(
                    "Quy định số 58-QĐ/TW. Quy định gồm 6 chương, 22 điều, thay thế Quy định số"
                        + " 126-QĐ/TW. ",
                    size)));
  }

  /** {@code template} formatted with 0, 1, 2, … until {@code size} chars. */
  static String numbered(String template, int size) {
    StringBuilder sb = new StringBuilder(size + template.length() + 16);
    for (int i = 0; sb.length() < size; i++) {
      sb.append(template.formatted(i));
    }
    return sb.toString();
  }

  /** Inputs aimed at single patterns (fields, subjects, issuers, resolution), run once at 1 MB. */
  static List<Adversary> otherAdversaries() {
    return List.of(
        new Adversary(
            "the same short citation repeated",
            size -> repeat("Quy định số 11111 của Bộ Chính trị. ", size)),
        new Adversary("dashes and slashes", size -> repeat("58 - / – / ", size)),
        new Adversary(
            "NO-BREAK SPACEs between kind words", size -> repeat("Chỉ thị\u00A0số\u00A0", size)),
        new Adversary("an unclosed quote", size -> "Quy định số 58-QĐ/TW “" + repeat("a ", size)),
        new Adversary(
            "a “về …” subject with no end", size -> "Chỉ thị số 1-CT/TW về" + repeat(" x", size)),
        new Adversary("“của ” repeated", size -> "Quy định số 58-QĐ/TW " + repeat("của ", size)),
        new Adversary(
            "“ngày 1/” repeated", size -> "Quy định số 58-QĐ/TW " + repeat("ngày 1/", size)),
        new Adversary(
            "one long word after Luật", size -> "Luật " + repeat("x", size) + " số 1/2020/QH14"));
  }

  /** A meeting report paragraph of invented content, dense with citations. */
  static final String PARAGRAPH =
      "Sáng 12/4, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Quy định số 114-QĐ/TW, ngày"
          + " 11-7-2023 của Bộ Chính trị “Về kiểm soát quyền lực trong công tác cán bộ” và Hướng"
          + " dẫn số 25-HD/BTCTW ngày 19/4/2023 của Ban Tổ chức Trung ương thực hiện Quy định số"
          + " 114. Quy định số 114-QĐ/TW gồm 4 chương, 15 điều, thay thế cho Quy định số 205-QĐ/TW"
          + " của Bộ Chính trị. Các cấp ủy gắn việc thực hiện với Kết luận số 37 của Ban Chấp hành"
          + " Trung ương khóa XIII về xây dựng Đảng; Chỉ thị 16 của Bộ Chính trị về công tác dân"
          + " vận và Nghị định số 30/2020/NĐ-CP của Chính phủ về công tác văn thư. Đồng chí Trưởng"
          + " Ban Chỉ đạo 35 tỉnh đề nghị các đại biểu nhiệm kỳ 2020 - 2025 thực hiện nghiêm Điều 1"
          + " của quy chế.\n\n";

  @ParameterizedTest(name = "1 MB: {0}")
  @MethodSource("otherAdversaries")
  void oneMegabyteAdversarialInputsFinish(Adversary adversary) {
    String body = adversary.make().apply(MB);
    assertWellFormed(body, extract(body, HA_NAM));
  }

  @Test
  void aOneMegabyteArticleHasAllItsCitations() {
    String body = repeat(PARAGRAPH, MB);
    CitationExtractor.Result result = extract(body, HA_NAM);
    assertWellFormed(body, result);
    assertThat(result.citations()).hasSizeGreaterThan(10_000);
    assertThat(result.regulations().stream().map(ExtractedRegulation::key))
        .contains("114-QĐ/TW", "25-HD/BTCTW", "205-QĐ/TW", "37-KL/TW", "16-CT/TW", "30/2020/NĐ-CP");
  }

  /**
   * Each input at 256 KB and at 1 MB, after a warm-up, best of three runs each (interleaved, so
   * that a burst of load on the machine hits both sizes): the 1 MB run returns well-formed results
   * and takes less than 8x the 256 KB run. Time is the thread's CPU time where the JVM measures it,
   * so other processes competing for the CPU do not count.
   */
  @ParameterizedTest(name = "1 MB, linear time: {0}")
  @MethodSource("timedAdversaries")
  void oneMegabyteAdversarialInputsFinishInLinearTime(Adversary adversary) {
    String small = adversary.make().apply(KB256);
    String large = adversary.make().apply(MB);
    for (int i = 0; i < 2; i++) {
      EXTRACTOR.extract(small, HA_NAM); // warm up the JIT
    }
    long smallNanos = Long.MAX_VALUE;
    long largeNanos = Long.MAX_VALUE;
    CitationExtractor.Result result = null;
    // the fastest of five runs each: a JIT recompilation or a safepoint inside one run is noise
    for (int i = 0; i < 5; i++) {
      long start = cpuNanos();
      EXTRACTOR.extract(small, HA_NAM);
      smallNanos = Math.min(smallNanos, cpuNanos() - start);
      start = cpuNanos();
      result = EXTRACTOR.extract(large, HA_NAM);
      largeNanos = Math.min(largeNanos, cpuNanos() - start);
    }
    assertWellFormed(large, result);
    // 4x the input: linear is ~4x; a quadratic scan would be ~16x, catastrophic backtracking more.
    // Under 100 ms for 1 MB nothing can be catastrophic, whatever the ratio of two tiny timings.
    assertThat(largeNanos < 8 * smallNanos || largeNanos < 100_000_000L)
        .as(
            "%s: 256 KB in %d ms, 1 MB in %d ms",
            adversary.name(), smallNanos / 1_000_000, largeNanos / 1_000_000)
        .isTrue();
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** The current thread's CPU time, or wall-clock time where the JVM cannot measure it. */
  private static long cpuNanos() {
    return THREADS.isCurrentThreadCpuTimeSupported()
        ? THREADS.getCurrentThreadCpuTime()
        : System.nanoTime();
  }

  // ---------------------------------------------------------------------------------------------

  private static CitationExtractor.Result extract(String body, Province province) {
    CitationExtractor.Result[] result = new CitationExtractor.Result[1];
    assertThatCode(() -> result[0] = EXTRACTOR.extract(body, province))
        .as("extract(%s)", abbreviate(body))
        .doesNotThrowAnyException();
    return result[0];
  }

  /** Spans index the body and equal their text; keys and relations refer to regulations. */
  private static void assertWellFormed(String body, CitationExtractor.Result result) {
    Set<String> keys = new HashSet<>();
    for (ExtractedRegulation r : result.regulations()) {
      assertThat(keys.add(r.key())).as("one regulation per key in %s", abbreviate(body)).isTrue();
    }
    int previousStart = -1;
    for (CitationMention c : result.citations()) {
      int start = c.span().start();
      int end = c.span().end();
      assertThat(start).as(abbreviate(body)).isBetween(0, end);
      assertThat(end).as(abbreviate(body)).isLessThanOrEqualTo(body.length());
      assertThat(end).as("non-empty span in %s", abbreviate(body)).isGreaterThan(start);
      assertThat(start)
          .as("citations in order in %s", abbreviate(body))
          .isGreaterThan(previousStart);
      previousStart = start;
      assertThat(c.text()).isEqualTo(body.substring(start, end));
      assertThat(c.regulationKey()).isNotNull();
      // Set.contains, not AssertJ's contains (which walks the set: quadratic on 1 MB inputs)
      assertThat(keys.contains(c.regulationKey())).as(abbreviate(body)).isTrue();
      assertThat(c.stated().kind()).isNotNull();
      assertThat(c.stated().number()).isNotBlank();
    }
    for (ExtractedRelation r : result.relations()) {
      assertThat(keys.contains(r.sourceKey()) && keys.contains(r.targetKey()))
          .as(abbreviate(body))
          .isTrue();
      assertThat(r.sourceKey()).isNotEqualTo(r.targetKey());
      assertThat(r.span().end()).isLessThanOrEqualTo(body.length());
    }
  }

  private static String randomText(Random random, int tokens) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < tokens; i++) {
      if (i > 0) {
        sb.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
      }
      sb.append(TOKENS[random.nextInt(TOKENS.length)]);
    }
    return sb.toString();
  }

  private static String repeat(String unit, int size) {
    StringBuilder sb = new StringBuilder(size + unit.length());
    while (sb.length() < size) {
      sb.append(unit);
    }
    sb.setLength(Math.max(0, size));
    return sb.toString();
  }

  private static String abbreviate(String s) {
    return s.length() <= 300 ? s : s.substring(0, 300) + "… (" + s.length() + " chars)";
  }
}
