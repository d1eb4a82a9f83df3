package io.regtrack.province;

import static org.assertj.core.api.Assertions.assertThat;

import io.regtrack.extraction.gazetteer.Gazetteer;
import io.regtrack.extraction.gazetteer.Province;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The province rows are reference data owned by Flyway ({@code R__provinces.sql}), generated from
 * the extraction gazetteer ({@code provinces.tsv}). This test renders the migration from the
 * gazetteer and fails on any difference, saying how to regenerate the file; Flyway re-applies a
 * repeatable migration whenever its checksum changes.
 */
class ProvinceMigrationTest {
  static final Path MIGRATION = Path.of("src/main/resources/db/migration/R__provinces.sql");
  static final String UPDATE_PROPERTY = "regtrack.update-provinces";
  static final String REGENERATE =
      "./mvnw test -Dtest=ProvinceMigrationTest -D" + UPDATE_PROPERTY + "=true";

  @Test
  void migrationMatchesTheGazetteer() throws IOException {
    String rendered = render(Gazetteer.get().all());
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      Files.writeString(MIGRATION, rendered, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(MIGRATION))
        .as("%s is missing; generate it with: %s", MIGRATION, REGENERATE)
        .isTrue();
    assertThat(Files.readString(MIGRATION, StandardCharsets.UTF_8).replace("\r\n", "\n"))
        .as(
            "%s differs from the gazetteer (provinces.tsv). Regenerate it with:%n  %s%nand commit"
                + " it.",
            MIGRATION, REGENERATE)
        .isEqualTo(rendered);
  }

  @Test
  void theGazetteerHas63UnitsBeforeAnd34AfterTheMerger() {
    List<Province> all = Gazetteer.get().all();
    assertThat(all.stream().filter(Province::existedBefore2025)).hasSize(63);
    assertThat(all.stream().filter(Province::existsAfter2025)).hasSize(34);
  }

  static String render(List<Province> provinces) {
    StringBuilder sql = new StringBuilder();
    sql.append(
        """
        -- GENERATED from src/main/resources/io/regtrack/extraction/gazetteer/provinces.tsv by
        -- ProvinceMigrationTest: do not edit. Regenerate with
        --   %s
        -- Flyway re-applies this repeatable migration whenever its content changes: units are upserted
        -- by code (ids stay stable), then the merger mapping (successor_id) is set.

        insert into province (code, name, kind, era, aliases) values
        """
            .formatted(REGENERATE));
    sql.append(
        provinces.stream()
            .map(
                p ->
                    "    (%s, %s, %s, %s, %s)"
                        .formatted(
                            literal(p.code()),
                            literal(p.name()),
                            literal(p.city() ? "CITY" : "PROVINCE"),
                            literal(p.era()),
                            array(p.aliases())))
            .collect(Collectors.joining(",\n")));
    sql.append(
        """

        on conflict (code) do update
            set name = excluded.name, kind = excluded.kind, era = excluded.era,
                aliases = excluded.aliases;

        update province p set successor_id = s.id
        from (values
        """);
    List<Province> merged =
        provinces.stream()
            .filter(p -> p.successorCode() != null && !p.successorCode().isBlank())
            .toList();
    sql.append(
        merged.stream()
            .map(p -> "    (%s, %s)".formatted(literal(p.code()), literal(p.successorCode())))
            .collect(Collectors.joining(",\n")));
    sql.append(
        """

        ) as m (code, successor)
        join province s on s.code = m.successor
        where p.code = m.code and p.successor_id is distinct from s.id;

        update province set successor_id = null
        where successor_id is not null and code not in (
            %s);
        """
            .formatted(
                merged.stream()
                    .map(p -> literal(p.code()))
                    .collect(Collectors.joining(",\n    "))));
    return sql.toString();
  }

  private static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  private static String array(List<String> values) {
    if (values.isEmpty()) {
      return "'{}'";
    }
    return "array["
        + values.stream().map(ProvinceMigrationTest::literal).collect(Collectors.joining(", "))
        + "]";
  }
}
