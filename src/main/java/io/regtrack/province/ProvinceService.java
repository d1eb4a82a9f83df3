package io.regtrack.province;

import io.regtrack.shared.text.TextKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The province gazetteer as stored (reference data of the migration {@code R__provinces.sql}):
 * look-up by name, alias or code, today's unit of a pre-merger province and its predecessors. The
 * table only changes with a migration, so it is read once and kept in memory.
 */
@ApplicationScoped
public class ProvinceService {
  private volatile Gazette gazette;

  /** The loaded table: units in id order, indexes by id and by written form. */
  private record Gazette(
      List<ProvinceView> all,
      Map<Long, ProvinceView> byId,
      Map<String, ProvinceView> byKey,
      Map<String, List<ProvinceView>> byFold,
      List<Map.Entry<String, ProvinceView>> keysLongestFirst) {}

  /** Every unit, pre- and post-merger, in id (file) order. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ProvinceView> all() {
    return gazette().all();
  }

  /**
   * The units of an era: PRE_2025 the 63 before the merger, POST_2025 the 34 after (each with the
   * units that continue, era BOTH), BOTH the units that continue; null every unit.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ProvinceView> inEra(ProvinceEra era) {
    return all().stream()
        .filter(
            p ->
                era == null
                    || p.era() == era
                    || (era != ProvinceEra.BOTH && p.era() == ProvinceEra.BOTH))
        .toList();
  }

  /** The unit with this id. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<ProvinceView> find(long id) {
    return Optional.ofNullable(gazette().byId().get(id));
  }

  /** The units with these ids, by id; unknown ids are absent. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, ProvinceView> findAll(Collection<Long> ids) {
    Map<Long, ProvinceView> out = new HashMap<>();
    for (Long id : ids) {
      if (id != null) {
        ProvinceView p = gazette().byId().get(id);
        if (p != null) {
          out.put(id, p);
        }
      }
    }
    return out;
  }

  /**
   * The unit a name denotes: its canonical name or an alias (ignoring case, tone placement and
   * spacing: "Thừa Thiên - Huế", "TP.HCM"), its code ("soc-trang"), or the same without diacritics
   * ("soc trang") when that is unambiguous.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<ProvinceView> byName(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    Gazette g = gazette();
    ProvinceView exact = g.byKey().get(TextKeys.nameKey(name));
    if (exact != null) {
      return Optional.of(exact);
    }
    List<ProvinceView> folded = g.byFold().getOrDefault(fold(name), List.of());
    return folded.size() == 1 ? Optional.of(folded.getFirst()) : Optional.empty();
  }

  /**
   * The unit whose name or alias ends {@code name} as whole words, the longest match first: "Ban Tổ
   * chức Tỉnh ủy Bắc Giang" → Bắc Giang, "Tỉnh ủy Thừa Thiên Huế" → Thừa Thiên Huế.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<ProvinceView> atEndOf(String name) {
    String key = TextKeys.nameKey(name);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    for (Map.Entry<String, ProvinceView> e : gazette().keysLongestFirst()) {
      String k = e.getKey();
      if (key.endsWith(k)
          && (key.length() == k.length() || key.charAt(key.length() - k.length() - 1) == ' ')) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /** The unit {@code p} belongs to after 1 July 2025: itself when it continues. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ProvinceView today(ProvinceView p) {
    if (p.era().existsToday() || p.successorId() == null) {
      return p;
    }
    return gazette().byId().getOrDefault(p.successorId(), p);
  }

  /** The pre-merger units that became part of {@code p} (including {@code p} if it continued). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ProvinceView> predecessors(ProvinceView p) {
    List<ProvinceView> out = new ArrayList<>();
    for (ProvinceView q : gazette().all()) {
      if (q.era() != ProvinceEra.POST_2025 && today(q).id() == p.id()) {
        out.add(q);
      }
    }
    return out;
  }

  /**
   * The units a filter naming {@code p} covers: {@code p}, and for a unit existing today the
   * pre-merger units that became part of it ("Cần Thơ" covers Sóc Trăng and Hậu Giang).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Set<Long> coveredBy(ProvinceView p) {
    Set<Long> ids = new LinkedHashSet<>();
    ids.add(p.id());
    if (p.era().existsToday()) {
      predecessors(p).forEach(q -> ids.add(q.id()));
    }
    return ids;
  }

  private Gazette gazette() {
    Gazette g = gazette;
    if (g == null) {
      synchronized (this) {
        g = gazette;
        if (g == null) {
          g = load();
          gazette = g;
        }
      }
    }
    return g;
  }

  private static Gazette load() {
    List<ProvinceView> all =
        Province.<Province>listAll().stream()
            .map(ProvinceView::of)
            .sorted(Comparator.comparingLong(ProvinceView::id))
            .toList();
    Map<Long, ProvinceView> byId = new HashMap<>();
    Map<String, ProvinceView> byKey = new HashMap<>();
    Map<String, List<ProvinceView>> byFold = new HashMap<>();
    for (ProvinceView p : all) {
      byId.put(p.id(), p);
    }
    // Canonical names first, so that an alias never shadows another unit's name.
    for (ProvinceView p : all) {
      byKey.putIfAbsent(TextKeys.nameKey(p.name()), p);
      byKey.putIfAbsent(TextKeys.nameKey(p.code()), p);
    }
    for (ProvinceView p : all) {
      for (String alias : p.aliases()) {
        byKey.putIfAbsent(TextKeys.nameKey(alias), p);
      }
    }
    for (ProvinceView p : all) {
      Set<String> folds = new LinkedHashSet<>();
      folds.add(fold(p.name()));
      p.aliases().forEach(a -> folds.add(fold(a)));
      folds.forEach(f -> byFold.computeIfAbsent(f, k -> new ArrayList<>()).add(p));
    }
    List<Map.Entry<String, ProvinceView>> longest =
        byKey.entrySet().stream()
            .filter(e -> !e.getKey().equals(TextKeys.nameKey(e.getValue().code())))
            .sorted(
                Comparator.comparingInt((Map.Entry<String, ProvinceView> e) -> -e.getKey().length())
                    .thenComparing(Map.Entry::getKey))
            .map(e -> Map.entry(e.getKey(), e.getValue()))
            .toList();
    return new Gazette(all, byId, byKey, byFold, longest);
  }

  /** Diacritic-free key with "-" as a space, so "soc-trang" and "Sóc Trăng" fold alike. */
  private static String fold(String s) {
    return TextKeys.fold(s.replace('-', ' ').replace('–', ' ')).replaceAll(" +", " ").strip();
  }
}
