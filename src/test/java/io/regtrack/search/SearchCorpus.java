package io.regtrack.search;

import static io.restassured.RestAssured.given;

import io.regtrack.TestKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The corpus of the search acceptance tests: the seed articles ({@code ../shared/seeds}, read at
 * test time) and the sample corpus ({@code src/main/resources/sample}), ingested once per JVM
 * through REST (idempotent: other tests may have ingested some of them already).
 */
final class SearchCorpus {
  private static Map<String, Long> documents;

  private SearchCorpus() {}

  /** The seeds directory, if present. */
  static Path seeds() {
    return Path.of(System.getProperty("regtrack.shared.dir", "../shared")).resolve("seeds");
  }

  /** Ingests the corpus once; the document id of each file name. */
  static synchronized Map<String, Long> ingest() {
    if (documents != null) {
      return documents;
    }
    Map<String, Long> ids = new LinkedHashMap<>();
    for (String file : sampleFiles()) {
      ids.put(file, post(resource("sample/" + file)));
    }
    Path seeds = seeds();
    if (Files.isDirectory(seeds)) {
      try (Stream<Path> files = Files.list(seeds)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          ids.put(f.getFileName().toString(), post(Files.readString(f, StandardCharsets.UTF_8)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    documents = Map.copyOf(ids);
    return documents;
  }

  private static List<String> sampleFiles() {
    List<String> out = new ArrayList<>();
    for (String line : resource("sample/index.txt").split("\n")) {
      String l = line.strip();
      if (!l.isEmpty() && !l.startsWith("#")) {
        out.add(l);
      }
    }
    return out;
  }

  private static String resource(String name) {
    try (InputStream in = SearchCorpus.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long post(String text) {
    return given()
        .header("Authorization", TestKeys.EDITOR)
        .contentType("text/plain; charset=utf-8")
        .body(text)
        .post("/api/v1/documents")
        .then()
        .statusCode(
            org.hamcrest.Matchers.anyOf(
                org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)))
        .extract()
        .jsonPath()
        .getLong("id");
  }
}
