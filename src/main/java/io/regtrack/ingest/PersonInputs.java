package io.regtrack.ingest;

import io.regtrack.extraction.model.ExtractedMeeting;
import io.regtrack.extraction.model.ExtractedPerson;
import io.regtrack.extraction.model.ExtractionResult;
import io.regtrack.person.ArticlePersons;
import io.regtrack.person.ArticlePersons.NamedPerson;
import io.regtrack.shared.text.TextKeys;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Translates the extraction core's persons into the person feature's input ({@link
 * ArticlePersons}): every person the article names, plus any meeting participant the person list
 * lacks. The article's province (else the one province all its meetings share) is the context of
 * local positions stated without a place.
 */
final class PersonInputs {
  private PersonInputs() {}

  static ArticlePersons of(ExtractionResult result) {
    Map<String, NamedPerson> persons = new LinkedHashMap<>();
    for (ExtractedPerson p : result.persons()) {
      add(persons, p.name(), p.positions());
    }
    for (ExtractedMeeting m : result.meetings()) {
      for (ExtractedMeeting.Participant p : m.participants()) {
        add(persons, p.name(), p.positions());
      }
    }
    return new ArticlePersons(List.copyOf(persons.values()), province(result));
  }

  private static void add(Map<String, NamedPerson> persons, String name, List<String> positions) {
    if (name == null || name.isBlank()) {
      return;
    }
    persons.merge(
        TextKeys.nameKey(name),
        new NamedPerson(name.strip(), positions),
        (a, b) -> {
          List<String> all = new ArrayList<>(a.positions());
          b.positions().stream().filter(p -> !all.contains(p)).forEach(all::add);
          return new NamedPerson(a.name(), all);
        });
  }

  static String province(ExtractionResult result) {
    if (result.province() != null && !result.province().isBlank()) {
      return result.province();
    }
    List<String> provinces =
        result.meetings().stream()
            .map(ExtractedMeeting::province)
            .filter(Objects::nonNull)
            .distinct()
            .toList();
    return provinces.size() == 1 ? provinces.getFirst() : null;
  }
}
