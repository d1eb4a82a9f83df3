package io.regtrack.bench;

import io.regtrack.extraction.ArticleExtractor;
import io.regtrack.extraction.citation.CitationExtractor;
import io.regtrack.extraction.model.ExtractionResult;
import io.regtrack.extraction.text.ArticleCleaner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Extraction throughput on the seed articles ({@code <regtrack.shared.dir>/seeds/*.txt}, default
 * {@code ../shared}), single-threaded:
 *
 * <ul>
 *   <li>{@link #citations} – {@link CitationExtractor#extract} over the five cleaned bodies
 *       concatenated and repeated to about 1 MB (UTF-8) of text;
 *   <li>{@link #articles} – the full {@link ArticleExtractor#extract} (cleaning, province,
 *       citations, persons, meetings) of each raw seed article in turn.
 * </ul>
 *
 * <p>JMH reports operations per second; {@link #main} converts them to MB/s (1 MB = 10^6 bytes of
 * UTF-8 input text) and prints the figures. Run it with {@code ./mvnw -B -Pbench -DskipTests
 * compile exec:exec} (docs/BENCHMARKS.md); JMH options may be added with {@code -Dbench.args="…"}.
 * The forked benchmark JVM inherits the launcher's JVM options, {@code -Dregtrack.shared.dir}
 * included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CitationBenchmark {

  /** Target size of the concatenated corpus, in UTF-8 bytes. */
  static final int CORPUS_BYTES = 1_000_000;

  private final CitationExtractor citationExtractor = new CitationExtractor();
  private final ArticleExtractor articleExtractor = new ArticleExtractor();

  /** The cleaned seed bodies, concatenated and repeated to about 1 MB. */
  private String corpus;

  /** The raw seed articles. */
  private List<String> rawArticles;

  @Setup
  public void load() {
    rawArticles = seedArticles();
    corpus = corpus(rawArticles);
  }

  /** Citation extraction over the ~1 MB concatenated bodies: one operation = the whole corpus. */
  @Benchmark
  public CitationExtractor.Result citations() {
    return citationExtractor.extract(corpus, null);
  }

  /** The full article extraction of each seed article: one operation = all five articles. */
  @Benchmark
  public void articles(Blackhole blackhole) {
    for (String article : rawArticles) {
      ExtractionResult result = articleExtractor.extract(article);
      blackhole.consume(result);
    }
  }

  // ---------------------------------------------------------------------------------------------

  static Path seedsDir() {
    return Path.of(System.getProperty("regtrack.shared.dir", "../shared"))
        .toAbsolutePath()
        .normalize()
        .resolve("seeds");
  }

  /** The raw text of every {@code seeds/*.txt}, in file name order. */
  static List<String> seedArticles() {
    Path dir = seedsDir();
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> paths =
          files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
      if (paths.isEmpty()) {
        throw new IllegalStateException("no seed articles in " + dir);
      }
      List<String> texts = new ArrayList<>();
      for (Path p : paths) {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read seed articles in " + dir, e);
    }
  }

  /** The cleaned bodies joined by blank lines, repeated until the text reaches ~1 MB of UTF-8. */
  static String corpus(List<String> rawArticles) {
    ArticleCleaner cleaner = new ArticleCleaner();
    String bodies =
        String.join("\n\n", rawArticles.stream().map(a -> cleaner.clean(a).body()).toList());
    StringBuilder sb = new StringBuilder();
    while (utf8Bytes(sb.toString()) < CORPUS_BYTES) {
      if (!sb.isEmpty()) {
        sb.append("\n\n");
      }
      sb.append(bodies);
    }
    return sb.toString();
  }

  static long utf8Bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  /** Runs the benchmarks (JMH command-line options may be given) and prints MB/s. */
  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    String[] jmhArgs = Stream.of(args).filter(a -> !a.isBlank()).toArray(String[]::new);
    Path seeds = seedsDir();
    CommandLineOptions commandLine = new CommandLineOptions(jmhArgs);
    OptionsBuilder builder = new OptionsBuilder();
    builder.parent(commandLine);
    if (commandLine.getIncludes().isEmpty()) {
      builder.include(CitationBenchmark.class.getName() + "\\.");
    }
    Options options = builder.build();
    Collection<RunResult> results = new Runner(options).run();

    List<String> raw = seedArticles();
    String corpus = corpus(raw);
    long corpusBytes = utf8Bytes(corpus);
    long articleBytes = raw.stream().mapToLong(CitationBenchmark::utf8Bytes).sum();
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "Input: %d seed articles from %s; corpus %,d bytes UTF-8 (%,d chars), raw articles %,d"
            + " bytes%n",
        raw.size(),
        seeds,
        corpusBytes,
        corpus.length(),
        articleBytes);
    for (RunResult r : results) {
      String method = r.getParams().getBenchmark();
      method = method.substring(method.lastIndexOf('.') + 1);
      double opsPerSecond = r.getPrimaryResult().getScore();
      double error = r.getPrimaryResult().getScoreError();
      long bytes = method.equals("citations") ? corpusBytes : articleBytes;
      System.out.printf(
          Locale.ROOT,
          "%-10s %10.3f ± %.3f ops/s  →  %8.2f ± %.2f MB/s (UTF-8, 1 MB = 10^6 bytes)%n",
          method,
          opsPerSecond,
          Double.isNaN(error) ? 0 : error,
          opsPerSecond * bytes / 1e6,
          (Double.isNaN(error) ? 0 : error) * bytes / 1e6);
    }
  }
}
