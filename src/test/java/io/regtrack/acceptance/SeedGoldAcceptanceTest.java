package io.regtrack.acceptance;

import io.quarkus.test.junit.QuarkusTest;
import io.regtrack.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Scores the running test server against the gold-annotated seed corpus (shared/seeds) with the
 * Java port of the official scorer, shared/tools/score.py, and holds every metric to a threshold.
 */
@QuarkusTest
class SeedGoldAcceptanceTest {

  /** Thresholds only ever go up; raise them as extraction improves. */
  private static final Map<String, Double> THRESHOLDS = new LinkedHashMap<>();

  static {
    // F1
    THRESHOLDS.put("citations", 1.0);
    THRESHOLDS.put("relations", 1.0);
    THRESHOLDS.put("meetings", 1.0);
    THRESHOLDS.put("persons", 1.0);
    THRESHOLDS.put("positions", 1.0);
    THRESHOLDS.put("chairs", 1.0);
    THRESHOLDS.put("meetingRegs", 1.0);
    // accuracy
    THRESHOLDS.put("cite.kind", 1.0);
    THRESHOLDS.put("cite.issuer", 1.0);
    THRESHOLDS.put("cite.issuedOn", 1.0);
    THRESHOLDS.put("cite.title", 1.0);
    THRESHOLDS.put("cite.structure", 1.0);
    THRESHOLDS.put("meet.date", 1.0);
    THRESHOLDS.put("meet.kind", 1.0);
    THRESHOLDS.put("meet.province", 1.0);
    THRESHOLDS.put("meet.organizer", 1.0);
    THRESHOLDS.put("meet.attendeeCount", 1.0);
    THRESHOLDS.put("meet.online", 1.0);
    THRESHOLDS.put("meet.bridgePoints", 1.0);
    THRESHOLDS.put("doc.title", 1.0);
    THRESHOLDS.put("doc.publishedOn", 1.0);
  }

  @Test
  void seedCorpusMeetsTheThresholds() {
    Path shared = Path.of(System.getProperty("regtrack.shared.dir", "../shared"));
    Path seeds = shared.resolve("seeds");
    Assumptions.assumeTrue(Files.isDirectory(seeds), () -> "no seed corpus at " + seeds);

    GoldScorer.Report report = GoldScorer.score(seeds, seeds.resolve("gold.json"), TestKeys.EDITOR);
    String table = report.table();
    System.out.println("Seed corpus scored against " + seeds.resolve("gold.json") + ":");
    System.out.println(table);

    SoftAssertions softly = new SoftAssertions();
    softly
        .assertThat(report.metrics().keySet())
        .as("the metrics of score.py%n%s", table)
        .containsExactlyElementsOf(THRESHOLDS.keySet());
    // An article that could not be ingested or read back is checked for nothing, and accuracy
    // over nothing is 1.0: such a run must not pass on the document thresholds.
    softly
        .assertThat(report.problems())
        .as("every gold article is ingested and read back%n%s", table)
        .noneMatch(p -> p.contains(": POST /api/v1/documents -> "))
        .noneMatch(p -> p.contains(": GET document -> "));
    THRESHOLDS.forEach(
        (metric, threshold) ->
            softly
                .assertThat(report.metrics().get(metric))
                .as("%s must be at least %s%n%s", metric, threshold, table)
                .isNotNull()
                .isGreaterThanOrEqualTo(threshold));
    softly.assertAll();
  }
}
