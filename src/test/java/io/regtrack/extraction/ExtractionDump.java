package io.regtrack.extraction;

import io.regtrack.extraction.model.ExtractionResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prints the extraction of every {@code .txt} article under the given directories, in file-name
 * order, as the results' record text: one fresh JVM's view of the extractor, compared byte for byte
 * by {@link ExtractionDeterminismTest}.
 */
public final class ExtractionDump {
  private ExtractionDump() {}

  /** Articles (every {@code *.txt}) under {@code dirs}, sorted by path. */
  static List<Path> articles(List<Path> dirs) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path dir : dirs) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> listed = Files.list(dir)) {
        listed.filter(p -> p.getFileName().toString().endsWith(".txt")).forEach(files::add);
      }
    }
    files.sort(null);
    return files;
  }

  /** The dump of {@code files}: each file's name and its {@link ExtractionResult}. */
  static String dump(List<Path> files) throws IOException {
    ArticleExtractor extractor = new ArticleExtractor();
    StringBuilder out = new StringBuilder();
    for (Path file : files) {
      ExtractionResult result = extractor.extract(Files.readString(file, StandardCharsets.UTF_8));
      out.append("== ").append(file.getFileName()).append('\n').append(result).append('\n');
    }
    return out.toString();
  }

  public static void main(String[] args) throws IOException {
    List<Path> dirs = Stream.of(args).map(Path::of).toList();
    PrintStream utf8 = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    utf8.print(dump(articles(dirs)));
    utf8.flush();
  }
}
