package io.regtrack.person;

import io.regtrack.shared.paging.Cursor;
import io.regtrack.shared.paging.Page;
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
    StringBuilder where = new StringBuilder("1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (cursor != null) {
      where.append(" and p.id < :after");
      params.put("after", Cursor.decodeId(LIST, cursor));
    }
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
    var query =
        em.createQuery(
                "select p from Person p where " + where + " order by p.id desc", Person.class)
            .setMaxResults(limit + 1);
    params.forEach(query::setParameter);
    List<Person> rows = query.getResultList();
    boolean more = rows.size() > limit;
    List<Person> page = rows.subList(0, Math.min(limit, rows.size()));
    Map<Long, Long> counts = documentCounts(page.stream().map(p -> p.id).toList());
    List<PersonSummary> items =
        page.stream().map(p -> summary(p, counts.getOrDefault(p.id, 0L))).toList();
    String next = more ? Cursor.encode(LIST, String.valueOf(page.getLast().id)) : null;
    return new Page<>(items, next);
  }

  /** The persons a document names, in the document's order, with the positions stated there. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<DocumentPersonView> ofDocument(long documentId) {
    List<DocumentPerson> rows =
        em.createQuery(
                "select dp from DocumentPerson dp where dp.documentId = :id order by dp.ordinal",
                DocumentPerson.class)
            .setParameter("id", documentId)
            .getResultList();
    Map<Long, String> names = names(rows.stream().map(dp -> dp.personId).toList());
    return rows.stream()
        .map(dp -> new DocumentPersonView(dp.personId, names.get(dp.personId), dp.positions))
        .toList();
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

  private Map<Long, Long> documentCounts(List<Long> ids) {
    Map<Long, Long> counts = new HashMap<>();
    if (ids.isEmpty()) {
      return counts;
    }
    for (Object[] row :
        em.createQuery(
                "select dp.personId, count(dp) from DocumentPerson dp where dp.personId in :ids"
                    + " group by dp.personId",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      counts.put((Long) row[0], (Long) row[1]);
    }
    return counts;
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
