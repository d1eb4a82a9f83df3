package io.regtrack.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Extraction is a function of the text alone: the same articles give the same output, byte for
 * byte, in fresh JVMs. Each JVM seeds the iteration order of {@code Map.of}/{@code Set.of} anew
 * (and hashes identity objects differently), so rules that depended on such an order (as the
 * abbreviation table of {@code Positions} once did) give different output in different starts.
 */
class ExtractionDeterminismTest {

  private static final List<Path> CORPORA =
      List.of(
          Path.of("src/test/resources/corpus"),
          Path.of("src/test/resources/articles"),
          Path.of(System.getProperty("regtrack.shared.dir", "../shared"), "seeds"));

  /** Fresh JVMs compared; four make a table order that differs between starts very likely. */
  private static final int JVMS = 4;

  @Test
  void theCorpusExtractsByteForByteTheSameInFreshJvms(@TempDir Path out) throws Exception {
    List<Path> articles = ExtractionDump.articles(CORPORA);
    assertThat(articles).as("articles to extract").hasSizeGreaterThanOrEqualTo(8);

    String inThisJvm = ExtractionDump.dump(articles);
    List<String> dumps = new ArrayList<>();
    for (int i = 0; i < JVMS; i++) {
      dumps.add(dumpInFreshJvm(out.resolve("dump-" + i + ".txt")));
    }
    for (int i = 0; i < JVMS; i++) {
      assertThat(dumps.get(i))
          .as("JVM %d's extraction of %d articles equals this JVM's", i, articles.size())
          .isEqualTo(inThisJvm);
    }
  }

  private static String dumpInFreshJvm(Path file) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ExtractionDump.class.getName());
    CORPORA.forEach(dir -> command.add(dir.toString()));
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(file.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the dump JVM ends").isTrue();
    assertThat(process.exitValue()).as("the dump JVM's exit code").isZero();
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
