package io.regtrack.extraction.gazetteer;

import io.regtrack.extraction.text.VietnameseText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 63 provinces before 1 July 2025 and the 34 after, with the merger mapping, read from {@code
 * provinces.tsv} beside this class. Immutable and thread-safe; {@link #get()} returns the shared
 * instance.
 */
public final class Gazetteer {
  private static final Gazetteer INSTANCE = load();

  private final List<Province> provinces;
  private final Map<String, Province> byCode;
  private final Map<String, Province> byNameKey;
  private final Map<String, Province> byTownKey;

  /** Every written form of every province name, longest first, over match keys. */
  private final Pattern namePattern;

  /** Every town and seat name, longest first, over match keys. */
  private final Pattern townPattern;

  private Gazetteer(List<Province> provinces) {
    this.provinces = List.copyOf(provinces);
    Map<String, Province> codes = new LinkedHashMap<>();
    Map<String, Province> names = new HashMap<>();
    Map<String, Province> townKeys = new HashMap<>();
    for (Province p : provinces) {
      codes.put(p.code(), p);
      names.put(key(p.name()), p);
      p.aliases().forEach(a -> names.putIfAbsent(key(a), p));
    }
    for (Province p : provinces) {
      List<String> towns = new ArrayList<>(p.towns());
      if (p.seat() != null && !p.seat().isBlank()) {
        towns.add(p.seat());
      }
      for (String t : towns) {
        String k = key(t);
        if (!names.containsKey(k)) {
          townKeys.putIfAbsent(k, p);
        }
      }
    }
    this.byCode = Collections.unmodifiableMap(codes);
    this.byNameKey = Collections.unmodifiableMap(names);
    this.byTownKey = Collections.unmodifiableMap(townKeys);
    this.namePattern = alternation(names.keySet());
    this.townPattern = alternation(townKeys.keySet());
  }

  /** The shared gazetteer. */
  public static Gazetteer get() {
    return INSTANCE;
  }

  /** All units, pre- and post-merger, in file order. */
  public List<Province> all() {
    return provinces;
  }

  /** The unit with this code. */
  public Optional<Province> byCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The unit named so (canonical name or alias; case, tone placement and NBSP insensitive). */
  public Optional<Province> byName(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(byNameKey.get(key(name)));
  }

  /** The unit a town or provincial seat lies in ("Phủ Lý" → Hà Nam). */
  public Optional<Province> byTown(String town) {
    return town == null ? Optional.empty() : Optional.ofNullable(byTownKey.get(key(town)));
  }

  /** The unit a province belongs to after 1 July 2025 (itself when it continues). */
  public Province today(Province p) {
    if (p.existsAfter2025() || p.successorCode() == null || p.successorCode().isBlank()) {
      return p;
    }
    return byCode.getOrDefault(p.successorCode(), p);
  }

  /** The pre-2025 units that became part of {@code p} (including {@code p} if it continued). */
  public List<Province> predecessors(Province p) {
    List<Province> result = new ArrayList<>();
    for (Province q : provinces) {
      if (q.existedBefore2025() && today(q).code().equals(p.code())) {
        result.add(q);
      }
    }
    return result;
  }

  /** A matcher of province names over a match key ({@link VietnameseText#matchKey}). */
  public Matcher nameMatcher(CharSequence matchKey) {
    return namePattern.matcher(matchKey);
  }

  /** A matcher of town and seat names over a match key. */
  public Matcher townMatcher(CharSequence matchKey) {
    return townPattern.matcher(matchKey);
  }

  /** A province named by whole words at {@code [start, end)} of a match key. */
  public record Named(int start, int end, Province province) {}

  /**
   * The first province named by whole words in a match key ("ban thường vụ thành ủy tp.hcm" → Thành
   * phố Hồ Chí Minh at 22..28), if any.
   */
  public Optional<Named> firstNamed(String matchKey) {
    Matcher m = nameMatcher(matchKey);
    for (int i = 0; i < matchKey.length(); i++) {
      if (i > 0 && matchKey.charAt(i - 1) != ' ') {
        continue;
      }
      m.region(i, matchKey.length());
      if (m.lookingAt()
          && (m.end() == matchKey.length() || !Character.isLetter(matchKey.charAt(m.end())))) {
        Optional<Province> p = byNameKey(m.group());
        if (p.isPresent()) {
          return Optional.of(new Named(i, m.end(), p.get()));
        }
      }
    }
    return Optional.empty();
  }

  /** The province whose name or alias a matched name key denotes. */
  public Optional<Province> byNameKey(String matchKey) {
    return Optional.ofNullable(byNameKey.get(matchKey));
  }

  /** The province of a matched town key. */
  public Optional<Province> byTownKey(String matchKey) {
    return Optional.ofNullable(byTownKey.get(matchKey));
  }

  /** Match key of a name: NFC, new tone placement, lower case, single spaces. */
  public static String key(String s) {
    return VietnameseText.matchKey(s).strip().replaceAll(" +", " ");
  }

  private static Pattern alternation(java.util.Set<String> keys) {
    List<String> sorted = new ArrayList<>(keys);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
    for (int i = 0; i < sorted.size(); i++) {
      if (i > 0) {
        sb.append('|');
      }
      sb.append(Pattern.quote(sorted.get(i)));
    }
    return Pattern.compile(sb.append(")(?![\\p{L}\\p{N}])").toString());
  }

  private static Gazetteer load() {
    try (InputStream in = Gazetteer.class.getResourceAsStream("provinces.tsv")) {
      if (in == null) {
        throw new IllegalStateException("provinces.tsv is missing from the classpath");
      }
      String tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<Province> provinces = new ArrayList<>();
      List<String> lines = tsv.lines().toList();
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) {
          continue;
        }
        String[] c = Arrays.copyOf(line.split("\t", -1), 8);
        provinces.add(
            new Province(
                c[0],
                c[1],
                "CITY".equals(c[2]),
                c[3],
                blankToNull(c[4]),
                split(c[5]),
                blankToNull(c[6]),
                split(c[7])));
      }
      return new Gazetteer(provinces);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> split(String s) {
    return s == null || s.isBlank() ? List.of() : List.of(s.split("\\|"));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
