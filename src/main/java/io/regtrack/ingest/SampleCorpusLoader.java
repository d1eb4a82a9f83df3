package io.regtrack.ingest;

import io.quarkus.runtime.StartupEvent;
import io.regtrack.document.DocumentService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Loads the project's sample corpus into an empty database at start-up. The files are listed in
 * {@code sample/index.txt} (classpath directories cannot be listed in a native image).
 */
@ApplicationScoped
public class SampleCorpusLoader {
  private static final Logger LOG = Logger.getLogger(SampleCorpusLoader.class);
  static final String INDEX = "sample/index.txt";

  private final SampleDataConfig config;
  private final DocumentService documents;
  private final IngestService ingest;

  public SampleCorpusLoader(
      SampleDataConfig config, DocumentService documents, IngestService ingest) {
    this.config = config;
    this.documents = documents;
    this.ingest = ingest;
  }

  void onStart(@Observes StartupEvent event) {
    if (!config.enabled() || !documents.isEmpty()) {
      return;
    }
    List<String> files = sampleFiles();
    int created = 0;
    for (String file : files) {
      if (ingest.ingest(ArticleSubmission.ofText(read("sample/" + file))).created()) {
        created++;
      }
    }
    LOG.infof("Loaded %d sample documents from %d files", created, files.size());
  }

  /** The sample files named in the index, in order. */
  static List<String> sampleFiles() {
    return read(INDEX)
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  static String read(String resource) {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
