package io.regtrack.person;

import io.regtrack.shared.error.InvalidInputException;
import io.regtrack.shared.paging.Keyset;
import io.regtrack.shared.paging.Keyset.Direction;
import io.regtrack.shared.paging.Page;
import io.regtrack.shared.paging.PageRequest;
import io.regtrack.shared.paging.Slice;
import io.regtrack.shared.text.TextKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of persons: lists, one person with appearances, the persons of a document. */
@ApplicationScoped
public class PersonQueries {
  static final String LIST = "persons";

  /** At most this many words of {@code q} are used. */
  private static final int MAX_QUERY_WORDS = 10;

  private final EntityManager em;

  public PersonQueries(EntityManager em) {
    this.em = em;
  }

  /** The person with this id and every appearance, if any. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<PersonDetail> find(long id) {
    Person person = Person.findById(id);
    if (person == null) {
      return Optional.empty();
    }
    List<DocumentPerson> rows =
        em.createQuery(
                "select dp from DocumentPerson dp where dp.personId = :id", DocumentPerson.class)
            .setParameter("id", id)
            .getResultList();
    Map<Long, Object[]> documents = new HashMap<>();
    if (!rows.isEmpty()) {
      for (Object row :
          em.createNativeQuery("select id, title, published_on from document where id in (:ids)")
              .setParameter("ids", rows.stream().map(dp -> dp.documentId).toList())
              .getResultList()) {
        Object[] cols = (Object[]) row;
        documents.put(((Number) cols[0]).longValue(), cols);
      }
    }
    List<Appearance> appearances = new ArrayList<>();
    for (DocumentPerson dp : rows) {
      Object[] doc = documents.get(dp.documentId);
      appearances.add(
          new Appearance(
              dp.documentId,
              doc == null ? null : (String) doc[1],
              doc == null ? null : toLocalDate(doc[2]),
              dp.name,
              dp.positions));
    }
    appearances.sort(
        Comparator.comparing(
                Appearance::publishedOn, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparingLong(Appearance::documentId));
    return Optional.of(new PersonDetail(summary(person, appearances.size()), appearances));
  }

  /**
   * Persons whose name contains all words of {@code q} (ignoring case and diacritics: "nguyen van"
   * finds "Nguyễn Văn Hiệp"), most recently created first, {@code limit} per page.
   *
   * @param q the words, or {@code null} for all persons
   * @param cursor {@code null} for the first page, else {@link Page#nextCursor()} of the previous
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<PersonSummary> list(String q, int limit, String cursor) {
    return ids(q, PageRequest.first(limit, cursor)).load(this::findAll).toPage();
  }

  /**
   * The ids of a slice of the persons whose name contains all words of {@code q} ({@code null} for
   * all), most recently created first.
   *
   * @throws InvalidInputException naming the cursor argument for a malformed cursor
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Slice<Long> ids(String q, PageRequest request) {
    Keyset keyset = Keyset.byId(LIST, "p.id", Direction.DESC);
    Map<String, Object> filterParams = new HashMap<>();
    String where = where(q, filterParams);
    return keyset.page(request, keyset.jpql(em, "Person p", where, filterParams));
  }

  /** How many persons' names contain all words of {@code q} ({@code null} for all). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long count(String q) {
    Map<String, Object> params = new HashMap<>();
    var query =
        em.createQuery("select count(p) from Person p where " + where(q, params), Long.class);
    params.forEach(query::setParameter);
    return query.getSingleResult();
  }

  private static String where(String q, Map<String, Object> params) {
    StringBuilder where = new StringBuilder("1 = 1");
    if (q != null) {
      List<String> words =
          List.of(TextKeys.fold(q).split(" ")).stream()
              .filter(w -> !w.isEmpty())
              .limit(MAX_QUERY_WORDS)
              .toList();
      for (int i = 0; i < words.size(); i++) {
        where.append(" and p.nameFold like :q").append(i).append(" escape '\\'");
        params.put("q" + i, "%" + escapeLike(words.get(i)) + "%");
      }
    }
    return where.toString();
  }

  /**
   * The persons with these ids with their document counts, in one query; unknown ids are absent;
   * the map iterates in the order of {@code ids}.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, PersonSummary> findAll(Collection<Long> ids) {
    Map<Long, PersonSummary> out = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    Map<Long, PersonSummary> byId = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select p, (select count(dp) from DocumentPerson dp where dp.personId = p.id)"
                    + " from Person p where p.id in :ids",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      Person p = (Person) row[0];
      byId.put(p.id, summary(p, (Long) row[1]));
    }
    ids.forEach(
        id -> {
          PersonSummary p = byId.get(id);
          if (p != null) {
            out.put(id, p);
          }
        });
    return out;
  }

  /**
   * The persons each of these documents names, in the document's order, with the positions stated
   * there, in two queries; every id is present.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, List<DocumentPersonView>> ofDocuments(Collection<Long> documentIds) {
    Map<Long, List<DocumentPersonView>> out = new HashMap<>();
    documentIds.forEach(id -> out.put(id, new ArrayList<>()));
    if (documentIds.isEmpty()) {
      return out;
    }
    List<DocumentPerson> rows =
        em.createQuery(
                "select dp from DocumentPerson dp where dp.documentId in :ids"
                    + " order by dp.documentId, dp.ordinal",
                DocumentPerson.class)
            .setParameter("ids", documentIds)
            .getResultList();
    Map<Long, String> names = names(rows.stream().map(dp -> dp.personId).distinct().toList());
    rows.forEach(
        dp ->
            out.get(dp.documentId)
                .add(new DocumentPersonView(dp.personId, names.get(dp.personId), dp.positions)));
    return out;
  }

  /** The persons a document names, in the document's order, with the positions stated there. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<DocumentPersonView> ofDocument(long documentId) {
    return ofDocuments(List.of(documentId)).get(documentId);
  }

  /** The names of these persons, by id; unknown ids are absent. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, String> names(Collection<Long> ids) {
    Map<Long, String> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    em.createQuery("select p from Person p where p.id in :ids", Person.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(p -> out.put(p.id, p.name));
    return out;
  }

  /**
   * Ids of the persons whose name equals {@code name} ignoring case, diacritics, tone placement and
   * spacing ("lam van man" finds "Lâm Văn Mẫn").
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Long> idsByName(String name) {
    String fold = TextKeys.fold(name);
    if (fold.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select p.id from Person p where p.nameFold = :fold", Long.class)
        .setParameter("fold", fold)
        .getResultList();
  }

  private static PersonSummary summary(Person p, long documentCount) {
    return new PersonSummary(p.id, p.name, p.positions, documentCount);
  }

  private static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static LocalDate toLocalDate(Object value) {
    return switch (value) {
      case null -> null;
      case LocalDate d -> d;
      case Date d -> d.toLocalDate();
      default -> LocalDate.parse(value.toString());
    };
  }
}
