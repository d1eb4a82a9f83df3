package io.regtrack.person;

import io.regtrack.change.ChangeService;
import io.regtrack.change.TombstoneService;
import io.regtrack.organization.OrganizationService;
import io.regtrack.person.ArticlePersons.NamedPerson;
import io.regtrack.province.ProvinceService;
import io.regtrack.province.ProvinceView;
import io.regtrack.shared.change.Forgotten;
import io.regtrack.shared.change.RecycledIds;
import io.regtrack.shared.id.NodeType;
import io.regtrack.shared.text.PositionKeys;
import io.regtrack.shared.text.TextKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * Stores the persons an article names and merges them with the persons of other articles.
 *
 * <p><b>Merge rule</b> (conservative, order-independent): a person is a connected component of
 * appearances of one name key ({@link TextKeys#nameKey}: NFC, tone placement, case and spacing
 * ignored) linked by {@linkplain PersonMatching#compatible compatibility} — a shared position, a
 * shared organization, or (for an appearance stating no position) the same province. A new
 * appearance joins every person it is compatible with; when it is compatible with several, they are
 * merged into the one with the smallest id ({@link PersonsMerged} tells other features). Whatever
 * the order of ingestion, the same appearances end up in the same persons. Homonyms with unrelated
 * posts stay separate.
 *
 * <p><b>Derived fields</b> are recomputed from all appearances whenever one is added: the name is
 * the most frequent written form (then the alphabetically first), the positions are all stated
 * positions deduplicated keeping the fullest form, most often stated first.
 *
 * <p><b>Concurrency</b>: finding and merging persons of a name happens under {@code
 * pg_advisory_xact_lock(PERSON_LOCKS, hashtext(nameKey))}, taken for all names of the article in
 * sorted order.
 *
 * <p><b>Change feed</b>: a person that gains or loses an appearance is updated ({@code
 * updated_at}), also when its name and positions stay. A person merged into another is deleted with
 * a tombstone; the documents naming it now name the survivor, and a split moves documents to the
 * new person: those documents are logged as updated through {@link ChangeService}, their rows left
 * alone.
 */
@ApplicationScoped
public class PersonService {
  /** First key of the two-key advisory locks on person names (the two-key space is separate). */
  static final int PERSON_LOCKS = 0x50455253; // "PERS"

  private static final Logger LOG = Logger.getLogger(PersonService.class);

  private final EntityManager em;
  private final ProvinceService provinces;
  private final OrganizationService organizations;
  private final Event<PersonsMerged> merged;
  private final ChangeService changes;
  private final TombstoneService tombstones;

  /** Tells other features about splits when a deletion unlinks a person's appearances. */
  @Inject Event<PersonSplit> split;

  public PersonService(
      EntityManager em,
      ProvinceService provinces,
      OrganizationService organizations,
      Event<PersonsMerged> merged,
      ChangeService changes,
      TombstoneService tombstones) {
    this.em = em;
    this.provinces = provinces;
    this.organizations = organizations;
    this.merged = merged;
    this.changes = changes;
    this.tombstones = tombstones;
  }

  /** The identity of a name: NFC, new-style tone placement, lower case, single spaces. */
  public static String nameKey(String name) {
    return TextKeys.nameKey(name);
  }

  /**
   * Stores the appearances of the article's persons, creating or merging persons as the merge rule
   * says, and registers the bodies their positions name with a parent ("Cục …, Ban …"). Joins the
   * caller's transaction: the ingest pipeline calls it once per new document.
   *
   * @return the person id of every name key ({@link #nameKey}) of the article
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Map<String, Long> record(long documentId, ArticlePersons article) {
    return record(documentId, article, null);
  }

  /**
   * {@link #record(long, ArticlePersons)} for a document being re-extracted: a person it creates
   * takes the id of the person of the same name key that {@link #forgetDocument(long, RecycledIds)}
   * deleted.
   *
   * @param recycled what forgetting the document deleted; {@code null} for none
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Map<String, Long> record(long documentId, ArticlePersons article, RecycledIds recycled) {
    Map<String, NamedPerson> byKey = new LinkedHashMap<>();
    for (NamedPerson p : article.persons()) {
      String key = nameKey(p.name());
      if (key.isEmpty()) {
        continue;
      }
      byKey.merge(
          key,
          new NamedPerson(p.name().strip(), p.positions()),
          (a, b) -> {
            List<String> all = new ArrayList<>(a.positions());
            all.addAll(b.positions());
            return new NamedPerson(a.name(), PositionKeys.dedupe(all));
          });
    }
    if (byKey.isEmpty()) {
      return Map.of();
    }
    ProvinceView province = provinces.byName(article.province()).orElse(null);
    String provinceKey = province == null ? null : TextKeys.nameKey(province.name());
    Long provinceId = province == null ? null : province.id();
    new TreeSet<>(byKey.keySet()).forEach(this::lock);

    Map<String, Long> ids = new LinkedHashMap<>();
    int ordinal = 0;
    for (Map.Entry<String, NamedPerson> e : byKey.entrySet()) {
      NamedPerson p = e.getValue();
      List<String> positions = PositionKeys.dedupe(p.positions());
      Set<String> keys = PersonMatching.matchKeys(positions, provinceKey);
      long personId =
          attach(e.getKey(), p.name(), keys, !positions.isEmpty(), provinceId, recycled);
      DocumentPerson dp = new DocumentPerson();
      dp.documentId = documentId;
      dp.personId = personId;
      dp.ordinal = ordinal++;
      dp.name = p.name();
      dp.positions = positions;
      dp.matchKeys = List.copyOf(keys);
      dp.provinceId = provinceId;
      dp.persist();
      em.flush();
      recompute(personId, true);
      ids.put(e.getKey(), personId);
      for (String position : positions) {
        List<String> bodies = PersonMatching.qualifiedBody(position);
        if (bodies != null) {
          organizations.findOrCreate(bodies.get(0), bodies.get(1));
        }
      }
    }
    return ids;
  }

  private void lock(String nameKey) {
    em.createNativeQuery(
            "select count(*) from (select pg_advisory_xact_lock(:cls, hashtext(:key))) locked")
        .setParameter("cls", PERSON_LOCKS)
        .setParameter("key", nameKey)
        .getSingleResult();
  }

  /** The person the appearance belongs to: found, created, or several merged into one. */
  private long attach(
      String nameKey,
      String name,
      Set<String> keys,
      boolean hasPositions,
      Long provinceId,
      RecycledIds recycled) {
    // Scalar rows, not entities: a merge moves appearances with a bulk update, which managed
    // entities would not reflect.
    List<Object[]> candidates =
        em.createQuery(
                "select dp.personId, dp.matchKeys, dp.positions, dp.provinceId"
                    + " from DocumentPerson dp where dp.personId in"
                    + " (select p.id from Person p where p.nameKey = :key) order by dp.id",
                Object[].class)
            .setParameter("key", nameKey)
            .getResultList();
    TreeSet<Long> matching = new TreeSet<>();
    for (Object[] c : candidates) {
      @SuppressWarnings("unchecked")
      List<String> matchKeys = (List<String>) c[1];
      @SuppressWarnings("unchecked")
      List<String> positions = (List<String>) c[2];
      if (PersonMatching.compatible(
          keys, hasPositions, provinceId, matchKeys, !positions.isEmpty(), (Long) c[3])) {
        matching.add((Long) c[0]);
      }
    }
    if (matching.isEmpty()) {
      var reused = recycled == null ? null : recycled.take(NodeType.Person, nameKey).orElse(null);
      if (reused != null) {
        // The row a re-extraction deleted, again: same id and creation time.
        em.createNativeQuery(
                """
                insert into person (id, name, name_key, name_fold, created_at, updated_at)
                overriding system value
                values (:id, :name, :key, :fold, :createdAt, now())
                """)
            .setParameter("id", reused.id())
            .setParameter("name", name)
            .setParameter("key", nameKey)
            .setParameter("fold", TextKeys.fold(name))
            .setParameter("createdAt", reused.createdAt())
            .executeUpdate();
        changes.recordRecreated(NodeType.Person, reused.id());
        return reused.id();
      }
      Person person = new Person();
      person.name = name;
      person.nameKey = nameKey;
      person.nameFold = TextKeys.fold(name);
      person.positions = List.of();
      person.updatedAt = Instant.now();
      person.persist();
      em.flush();
      return person.id;
    }
    long survivor = matching.first();
    List<Long> others = List.copyOf(matching.tailSet(survivor, false));
    if (!others.isEmpty()) {
      merge(survivor, others);
    }
    return survivor;
  }

  /**
   * Moves the appearances of {@code others} to {@code survivor} and deletes them. A document names
   * a name key once, so two persons of one name never share a document: nothing collides.
   */
  private void merge(long survivor, List<Long> others) {
    em.flush();
    // The documents naming the merged persons now name the survivor.
    changes.recordUpdated(
        NodeType.Document,
        em.createQuery(
                "select distinct dp.documentId from DocumentPerson dp where dp.personId in :others",
                Long.class)
            .setParameter("others", others)
            .getResultList());
    em.createQuery("update DocumentPerson set personId = :s where personId in :others")
        .setParameter("s", survivor)
        .setParameter("others", others)
        .executeUpdate();
    merged.fire(new PersonsMerged(survivor, others));
    em.createQuery("delete from Person where id in :others")
        .setParameter("others", others)
        .executeUpdate();
    tombstones.recordAll(NodeType.Person, others);
  }

  /**
   * Name and positions of a person from all its appearances.
   *
   * @param appearancesChanged whether the person's appearances changed: it is updated even when its
   *     name and positions stay, since its documents did
   */
  private void recompute(long personId, boolean appearancesChanged) {
    List<DocumentPerson> appearances =
        em.createQuery(
                "select dp from DocumentPerson dp where dp.personId = :id", DocumentPerson.class)
            .setParameter("id", personId)
            .getResultList();
    Map<String, Integer> names = new HashMap<>();
    Map<String, Integer> positionCounts = new HashMap<>();
    for (DocumentPerson dp : appearances) {
      names.merge(dp.name, 1, Integer::sum);
      for (String position : new TreeSet<>(dp.positions)) {
        positionCounts.merge(position, 1, Integer::sum);
      }
    }
    String name =
        names.entrySet().stream()
            .min(
                Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                    .thenComparing(Map.Entry::getKey))
            .map(Map.Entry::getKey)
            .orElseThrow();
    List<String> ordered =
        positionCounts.entrySet().stream()
            .sorted(
                Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                    .thenComparing(Map.Entry::getKey))
            .map(Map.Entry::getKey)
            .toList();
    List<String> positions = PositionKeys.dedupe(ordered);
    Person person = Person.findById(personId);
    boolean changed =
        !Objects.equals(person.name, name) || !Objects.equals(person.positions, positions);
    if (changed) {
      person.name = name;
      person.nameFold = TextKeys.fold(name);
      person.positions = positions;
    }
    if (changed || appearancesChanged) {
      person.updatedAt = Instant.now();
    }
  }

  // ------------------------------------------------------------------------------- deletion

  /**
   * Takes the name locks {@link #record} takes, for the persons a document names, in sorted order.
   * A deletion calls it after the registry's locks and before the meeting locks, the order
   * ingestion takes them in. Joins the caller's transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void lockDocument(long documentId) {
    // The name key of an appearance's person is stable: merges stay within one name key.
    em.createQuery(
            "select distinct p.nameKey from DocumentPerson dp, Person p"
                + " where p.id = dp.personId and dp.documentId = :d",
            String.class)
        .setParameter("d", documentId)
        .getResultStream()
        .sorted()
        .forEach(this::lock);
  }

  /**
   * Forgets a document that is being deleted: deletes its appearances; deletes each person it named
   * that has no appearance and no meeting participation left; recomputes the name and positions of
   * the others from the appearances left. When the document's appearance was what linked a person's
   * other appearances, the person splits into the groups the merge rule makes of what is left (the
   * group with the earliest appearance keeps the id; {@link PersonSplit} tells other features), so
   * the persons are those an ingestion without the document would have made. Call it after the
   * meeting feature forgot the document's reports. Takes the locks of {@link #lockDocument}
   * (re-entrant) and joins the caller's transaction.
   *
   * @return the persons deleted, recomputed and split off
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Forgotten forgetDocument(long documentId) {
    return forgetDocument(documentId, null);
  }

  /**
   * {@link #forgetDocument(long)} for a document about to be re-extracted: also offers {@code
   * recycled} the persons it deletes, by name key, for {@link #record(long, ArticlePersons,
   * RecycledIds)} to create again under the same ids.
   *
   * @param recycled receives what was deleted; {@code null} for a plain deletion
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Forgotten forgetDocument(long documentId, RecycledIds recycled) {
    lockDocument(documentId);
    // Locked: no merge moves the document's appearances to another person from here on.
    List<Long> personIds =
        em.createQuery(
                "select distinct dp.personId from DocumentPerson dp where dp.documentId = :d"
                    + " order by dp.personId",
                Long.class)
            .setParameter("d", documentId)
            .getResultList();
    if (personIds.isEmpty()) {
      return Forgotten.NOTHING;
    }
    em.flush();
    em.createQuery("delete from DocumentPerson where documentId = :d")
        .setParameter("d", documentId)
        .executeUpdate();
    List<Long> deleted = new ArrayList<>();
    List<Long> updated = new ArrayList<>();
    List<Long> created = new ArrayList<>();
    for (long personId : personIds) {
      List<Object[]> appearances = appearances(personId);
      if (appearances.isEmpty()) {
        // Participations follow appearances (a report's participants are persons its document
        // names), so none should be left; a person that still has one is kept as it is.
        long participations =
            ((Number)
                    em.createNativeQuery(
                            "select count(*) from meeting_participant where person_id = :p")
                        .setParameter("p", personId)
                        .getSingleResult())
                .longValue();
        if (participations == 0) {
          if (recycled != null) {
            Object[] p =
                em.createQuery(
                        "select p.nameKey, p.createdAt from Person p where p.id = :p",
                        Object[].class)
                    .setParameter("p", personId)
                    .getSingleResult();
            recycled.offer(NodeType.Person, (String) p[0], personId, (Instant) p[1]);
          }
          em.createQuery("delete from Person where id = :p")
              .setParameter("p", personId)
              .executeUpdate();
          deleted.add(personId);
        } else {
          LOG.warnf("Person %d has meeting participations but no appearance; kept", personId);
        }
        continue;
      }
      if (recycled == null) {
        // A re-extraction splits after recording the new extraction, which may link them again.
        created.addAll(splitOff(personId, appearances));
      }
      recompute(personId, true);
      updated.add(personId);
    }
    em.flush();
    created.sort(Comparator.naturalOrder());
    return new Forgotten(deleted, updated, created);
  }

  /**
   * Splits each of these persons whose appearances no longer form one linked group, as {@link
   * #forgetDocument(long)} does: for a re-extraction, which forgets the document's appearances
   * without splitting ({@link #forgetDocument(long, RecycledIds)}) and records the new ones first,
   * so that a person the document still links is not split and merged again. Unknown ids are
   * skipped. Joins the caller's transaction.
   *
   * @return the persons split off, ascending
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<Long> splitUnlinked(Collection<Long> personIds) {
    em.flush();
    List<Long> created = new ArrayList<>();
    for (long personId : new TreeSet<>(personIds)) {
      List<Long> split = splitOff(personId, appearances(personId));
      if (!split.isEmpty()) {
        created.addAll(split);
        recompute(personId, true);
      }
    }
    em.flush();
    created.sort(Comparator.naturalOrder());
    return created;
  }

  /** A person's appearances as {@code id, documentId, matchKeys, positions, provinceId}, by id. */
  private List<Object[]> appearances(long personId) {
    return em.createQuery(
            "select dp.id, dp.documentId, dp.matchKeys, dp.positions, dp.provinceId"
                + " from DocumentPerson dp where dp.personId = :p order by dp.id",
            Object[].class)
        .setParameter("p", personId)
        .getResultList();
  }

  /**
   * Moves each group of the person's appearances after the first that the merge rule links to a new
   * person.
   *
   * @return the new persons
   */
  private List<Long> splitOff(long personId, List<Object[]> appearances) {
    List<Long> created = new ArrayList<>();
    List<List<Object[]>> groups = linkedGroups(appearances);
    for (List<Object[]> group : groups.subList(Math.min(1, groups.size()), groups.size())) {
      created.add(splitOffGroup(personId, group));
    }
    return created;
  }

  /**
   * The appearances ({@code id, documentId, matchKeys, positions, provinceId}, by id) in the groups
   * the merge rule links them into, the group of the earliest appearance first.
   */
  private static List<List<Object[]>> linkedGroups(List<Object[]> appearances) {
    int n = appearances.size();
    int[] group = new int[n];
    Arrays.fill(group, -1);
    List<List<Object[]>> groups = new ArrayList<>();
    for (int start = 0; start < n; start++) {
      if (group[start] >= 0) {
        continue;
      }
      List<Object[]> members = new ArrayList<>();
      BitSet pending = new BitSet();
      pending.set(start);
      group[start] = groups.size();
      while (!pending.isEmpty()) {
        int i = pending.nextSetBit(0);
        pending.clear(i);
        members.add(appearances.get(i));
        for (int j = 0; j < n; j++) {
          if (group[j] < 0 && linked(appearances.get(i), appearances.get(j))) {
            group[j] = groups.size();
            pending.set(j);
          }
        }
      }
      members.sort(Comparator.comparing((Object[] a) -> (Long) a[0]));
      groups.add(members);
    }
    return groups;
  }

  @SuppressWarnings("unchecked")
  private static boolean linked(Object[] a, Object[] b) {
    List<String> aPositions = (List<String>) a[3];
    List<String> bPositions = (List<String>) b[3];
    return PersonMatching.compatible(
        new HashSet<>((List<String>) a[2]),
        !aPositions.isEmpty(),
        (Long) a[4],
        (List<String>) b[2],
        !bPositions.isEmpty(),
        (Long) b[4]);
  }

  /** Moves a group of a person's appearances to a new person of the same name key. */
  private long splitOffGroup(long personId, List<Object[]> group) {
    Person original = Person.findById(personId);
    Person person = new Person();
    person.name = original.name;
    person.nameKey = original.nameKey;
    person.nameFold = original.nameFold;
    person.positions = List.of();
    person.updatedAt = Instant.now();
    person.persist();
    em.flush();
    List<Long> documents = group.stream().map(a -> (Long) a[1]).distinct().toList();
    em.createQuery("update DocumentPerson set personId = :n where id in :ids")
        .setParameter("n", person.id)
        .setParameter("ids", group.stream().map(a -> (Long) a[0]).toList())
        .executeUpdate();
    // Those documents now name the new person.
    changes.recordUpdated(NodeType.Document, documents);
    split.fire(new PersonSplit(personId, person.id, documents));
    recompute(person.id, false);
    return person.id;
  }
}
