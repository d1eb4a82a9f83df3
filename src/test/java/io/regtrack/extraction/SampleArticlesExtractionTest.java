package io.regtrack.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.regtrack.extraction.model.CountQualifier;
import io.regtrack.extraction.model.ExtractedMeeting;
import io.regtrack.extraction.model.ExtractedPerson;
import io.regtrack.extraction.model.ExtractedRegulation;
import io.regtrack.extraction.model.ExtractionResult;
import io.regtrack.extraction.model.MeetingKind;
import io.regtrack.extraction.model.ParticipantRole;
import io.regtrack.extraction.text.VietnameseText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole-article fixtures over the sample corpus: every entry of {@code sample/expected.json} (read
 * from the classpath) is extracted from {@code sample/<file>} by {@link ArticleExtractor} and
 * compared with what a careful reader extracts: citations (distinct regulation keys), relations,
 * persons with positions, and the meetings with their kind, date, province, organizer, attendance,
 * bridge points, chairs and regulations. {@code acceptable} alternatives of the file are accepted.
 *
 * <p>Where the engine is known to fall short, the field is asserted as far as it holds (a lower or
 * upper bound instead of equality) or skipped, and the gap is named in the tables below (engine
 * gap, see issue 4 notes). Remove an entry once the engine is fixed: the stricter assertion then
 * applies.
 */
class SampleArticlesExtractionTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

  // ---------------------------------------------------------------- known engine gaps

  /**
   * Files whose stated relations the engine misses: only "no relation beyond expected and
   * acceptable ones" is asserted. Engine gap, see issue 4 notes. None at present: the anaphoric
   * ("Quy định gồm …, thay thế …"), parenthesised and long-title relations of sample-01, -06, -07
   * and -08 are found since commit 1745053.
   */
  private static final Map<String, String> RELATIONS_MISSED = Map.of();

  /**
   * Files whose relations are wrong, not only incomplete: nothing is asserted. Engine gap, see
   * issue 4 notes.
   */
  private static final Map<String, String> RELATIONS_WRONG = Map.of();

  /** Persons the engine does not find (file → names). Engine gap, see issue 4 notes. */
  private static final Map<String, Set<String>> PERSONS_MISSED = Map.of();

  /** Persons whose positions the engine reads wrongly (file → names). Engine gap, see notes. */
  private static final Map<String, Set<String>> POSITIONS_WRONG =
      Map.of(
          // "(huyện Bình Liêu)" after the post is dropped
          "sample-04.txt", Set.of("Lý Thị Mai"));

  /**
   * Files where the engine finds only some of the chairs: only "every chair found is expected" is
   * asserted. Engine gap, see issue 4 notes.
   */
  private static final Map<String, String> CHAIRS_MISSED = Map.of();

  /**
   * Files where the meeting takes regulations beyond the expected and acceptable ones (here a
   * decision that only carried the regulation discussed): only "every expected regulation is there"
   * is asserted. Engine gap, see issue 4 notes.
   */
  private static final Map<String, String> MEETING_REGULATIONS_EXTRA = Map.of();

  // ---------------------------------------------------------------- fixtures

  record Sample(String file, JsonNode expected) {
    @Override
    public String toString() {
      return file;
    }

    ExtractionResult extract() {
      return EXTRACTOR.extract(read("sample/" + file));
    }
  }

  static Stream<Sample> samples() throws IOException {
    JsonNode expected = JSON.readTree(read("sample/expected.json"));
    List<Sample> samples = new ArrayList<>();
    for (JsonNode e : expected) {
      samples.add(new Sample(e.get("file").asText(), e));
    }
    assertThat(samples).as("sample/expected.json entries").hasSizeGreaterThanOrEqualTo(8);
    return samples.stream();
  }

  private static String read(String resource) {
    try (InputStream in =
        SampleArticlesExtractionTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as("classpath resource %s", resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- citations and relations

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void citationsAreTheExpectedRegulations(Sample s) {
    Set<String> expected = new HashSet<>();
    s.expected().get("citations").forEach(c -> expected.add(c.get("symbol").asText()));
    assertThat(s.extract().regulations())
        .extracting(ExtractedRegulation::key)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void relationsAreTheStatedOnes(Sample s) {
    if (RELATIONS_WRONG.containsKey(s.file())) {
      return; // engine gap, see issue 4 notes
    }
    Set<String> expected = relations(s.expected().get("relations"));
    Set<String> allowed = new LinkedHashSet<>(expected);
    allowed.addAll(relations(s.expected().path("relationsAcceptable")));
    Set<String> actual = new LinkedHashSet<>();
    s.extract()
        .relations()
        .forEach(r -> actual.add(r.sourceKey() + " " + r.type() + " " + r.targetKey()));
    assertThat(actual).as("relations").isSubsetOf(allowed);
    if (!RELATIONS_MISSED.containsKey(s.file())) {
      assertThat(actual).as("relations").containsAll(expected);
    }
  }

  private static Set<String> relations(JsonNode list) {
    Set<String> out = new LinkedHashSet<>();
    if (list != null && list.isArray()) {
      list.forEach(
          r ->
              out.add(
                  r.get("from").asText()
                      + " "
                      + r.get("type").asText()
                      + " "
                      + r.get("to").asText()));
    }
    return out;
  }

  // ---------------------------------------------------------------- persons

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void personsAreTheNamedOnes(Sample s) {
    Set<String> expected = new LinkedHashSet<>();
    s.expected().get("persons").forEach(p -> expected.add(p.get("name").asText()));
    expected.removeAll(PERSONS_MISSED.getOrDefault(s.file(), Set.of()));
    assertThat(s.extract().persons())
        .extracting(ExtractedPerson::name)
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void positionsAreKeptAsWritten(Sample s) {
    List<ExtractedPerson> found = s.extract().persons();
    Set<String> skip = new HashSet<>(PERSONS_MISSED.getOrDefault(s.file(), Set.of()));
    skip.addAll(POSITIONS_WRONG.getOrDefault(s.file(), Set.of()));
    for (JsonNode p : s.expected().get("persons")) {
      String name = p.get("name").asText();
      if (skip.contains(name)) {
        continue; // engine gap, see issue 4 notes
      }
      List<String> positions = new ArrayList<>();
      p.get("positions").forEach(x -> positions.add(x.asText()));
      assertThat(found.stream().filter(f -> f.name().equals(name)).map(ExtractedPerson::positions))
          .as("positions of %s", name)
          .containsExactly(positions);
    }
  }

  // ---------------------------------------------------------------- meetings

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void meetingsMatchTheReport(Sample s) {
    JsonNode expectedMeetings = s.expected().get("meetings");
    List<ExtractedMeeting> meetings = s.extract().meetings();
    assertThat(meetings).as("meetings").hasSize(expectedMeetings.size());
    for (int i = 0; i < meetings.size(); i++) {
      JsonNode e = expectedMeetings.get(i);
      ExtractedMeeting m = meetings.get(i);
      JsonNode acceptable = e.path("acceptable");

      assertThat(m.kind()).as("kind").isEqualTo(MeetingKind.valueOf(e.get("kind").asText()));
      assertThat(m.date())
          .as("date")
          .isEqualTo(e.get("date").isNull() ? null : LocalDate.parse(e.get("date").asText()));
      assertThat(m.dateInferred()).as("dateInferred").isEqualTo(e.get("dateInferred").asBoolean());
      assertThat(m.province()).as("province").isEqualTo(text(e.get("province")));
      assertThat(m.online()).as("online").isEqualTo(e.get("online").asBoolean());
      assertThat(m.bridgePoints()).as("bridgePoints").isEqualTo(integer(e.get("bridgePoints")));
      assertThat(m.attendeeCount()).as("attendeeCount").isEqualTo(integer(e.get("attendeeCount")));
      assertThat(m.attendeeCountQualifier())
          .as("attendeeCountQualifier")
          .isEqualTo(qualifier(text(e.path("attendeeQualifier"))));

      Set<String> organizers = new HashSet<>();
      organizers.add(key(text(e.get("organizer"))));
      acceptable.path("organizer").forEach(o -> organizers.add(key(o.asText())));
      assertThat(key(m.organizer())).as("organizer (%s)", m.organizer()).isIn(organizers);

      Set<String> chairs = names(e.get("chairs"));
      Set<String> allowedChairs = new LinkedHashSet<>(chairs);
      allowedChairs.addAll(names(acceptable.path("chairs")));
      Set<String> actualChairs = new LinkedHashSet<>();
      m.participants().stream()
          .filter(p -> p.role() == ParticipantRole.CHAIR)
          .forEach(p -> actualChairs.add(p.name()));
      assertThat(actualChairs).as("chairs").isSubsetOf(allowedChairs);
      if (!CHAIRS_MISSED.containsKey(s.file())) {
        assertThat(actualChairs).as("chairs").containsAll(chairs);
      }

      Set<String> regulations = names(e.get("regulations"));
      Set<String> allowedRegulations = new LinkedHashSet<>(regulations);
      allowedRegulations.addAll(names(acceptable.path("regulations")));
      Set<String> actualRegulations = new LinkedHashSet<>();
      m.regulations().forEach(r -> actualRegulations.add(r.regulationKey()));
      assertThat(actualRegulations).as("meeting regulations").containsAll(regulations);
      if (!MEETING_REGULATIONS_EXTRA.containsKey(s.file())) {
        assertThat(actualRegulations).as("meeting regulations").isSubsetOf(allowedRegulations);
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  private static String text(JsonNode n) {
    return n == null || n.isNull() || n.isMissingNode() ? null : n.asText();
  }

  private static Integer integer(JsonNode n) {
    return n == null || n.isNull() || n.isMissingNode() ? null : n.asInt();
  }

  private static Set<String> names(JsonNode list) {
    Set<String> out = new LinkedHashSet<>();
    if (list != null && list.isArray()) {
      list.forEach(x -> out.add(x.asText()));
    }
    return out;
  }

  /** Match key: tone placement ("uỷ" = "ủy") and case do not matter. */
  private static String key(String s) {
    return s == null ? null : VietnameseText.matchKey(s);
  }

  /** The gold files' qualifier words: "hơn" MORE_THAN, "gần" ABOUT. */
  private static CountQualifier qualifier(String word) {
    if (word == null) {
      return null;
    }
    return switch (word) {
      case "hơn", "trên" -> CountQualifier.MORE_THAN;
      case "gần", "khoảng" -> CountQualifier.ABOUT;
      case "dưới" -> CountQualifier.LESS_THAN;
      default -> CountQualifier.EXACT;
    };
  }
}
