package io.regtrack.regulation;

import io.regtrack.organization.OrganizationKind;
import io.regtrack.organization.OrganizationService;
import io.regtrack.organization.OrganizationView;
import io.regtrack.shared.error.InvalidInputException;
import io.regtrack.shared.error.ResourceNotFoundException;
import io.regtrack.shared.paging.Keyset;
import io.regtrack.shared.paging.Keyset.Direction;
import io.regtrack.shared.paging.Page;
import io.regtrack.shared.paging.PageRequest;
import io.regtrack.shared.paging.Slice;
import io.regtrack.shared.text.SymbolKeys;
import io.regtrack.shared.text.TextKeys;
import io.regtrack.shared.time.DateBounds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads of the registry: regulations with relations, counts and conflicts (loaded in batches, a
 * fixed number of queries per page), lists, symbol lookup and citations.
 */
@ApplicationScoped
public class RegulationQueries {
  static final String LIST = "regulations";
  static final String CITATIONS = "regulation-citations";

  /** At most this many words of {@code q} are used: "quy định 58 bảo vệ chính trị". */
  private static final int MAX_QUERY_WORDS = 10;

  /** Words of a query: runs of non-space characters. */
  private static final Pattern SPACE = Pattern.compile(" ");

  private final EntityManager em;
  private final OrganizationService organizations;

  public RegulationQueries(EntityManager em, OrganizationService organizations) {
    this.em = em;
    this.organizations = organizations;
  }

  /** The regulation with this id, if any. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<RegulationDetail> find(long id) {
    return Optional.ofNullable(details(List.of(id)).get(id));
  }

  /**
   * The regulations with these ids, with relations, counts and conflicts, in a fixed number of
   * queries. Unknown ids are absent from the map; the map iterates in the order of {@code ids}.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, RegulationDetail> details(Collection<Long> ids) {
    Map<Long, RegulationDetail> out = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    List<Long> distinct = ids.stream().distinct().toList();
    Map<Long, List<RelationView>> relations = relations(distinct);
    Map<Long, RegulationSummary> summaries = summaries(distinct);
    Map<Long, RegulationCounts> counts = counts(distinct);
    Map<Long, List<FieldConflict>> conflicts = new HashMap<>();
    for (Object row :
        em.createNativeQuery("select id, conflicts::text from regulation where id in (:ids)")
            .setParameter("ids", distinct)
            .getResultList()) {
      Object[] cols = (Object[]) row;
      conflicts.put(((Number) cols[0]).longValue(), ConflictsJson.read((String) cols[1]));
    }
    for (Long id : distinct) {
      RegulationSummary summary = summaries.get(id);
      if (summary == null) {
        continue;
      }
      RegulationCounts c = counts.get(id);
      out.put(
          id,
          new RegulationDetail(
              summary,
              relations.getOrDefault(id, List.of()),
              c.citations(),
              c.documents(),
              c.meetings(),
              conflicts.getOrDefault(id, List.of())));
    }
    return out;
  }

  /**
   * The relations of each of these regulations (one entry per type, direction and other regulation,
   * in the order first stated: by document, then position in it), in three queries. Regulations
   * without relations map to an empty list.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, List<RelationView>> relations(Collection<Long> ids) {
    Map<Long, List<RelationView>> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    List<RegulationRelation> relations =
        em.createQuery(
                "select rr from RegulationRelation rr"
                    + " where rr.sourceId in :ids or rr.targetId in :ids"
                    + " order by rr.documentId, rr.spanStart, rr.id",
                RegulationRelation.class)
            .setParameter("ids", ids)
            .getResultList();
    Set<Long> others = new HashSet<>();
    relations.forEach(
        rr -> {
          others.add(rr.sourceId);
          others.add(rr.targetId);
        });
    Map<Long, RegulationSummary> summaries = others.isEmpty() ? Map.of() : summaries(others);
    for (Long id : ids) {
      out.put(id, relationsOf(id, relations, summaries));
    }
    return out;
  }

  /**
   * Citation, citing-document and meeting counts of each of these regulations, in two queries;
   * every id is present (zeros for an unknown or uncited one).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, RegulationCounts> counts(Collection<Long> ids) {
    Map<Long, long[]> citationCounts = new HashMap<>();
    Map<Long, Long> meetingCounts = new HashMap<>();
    if (!ids.isEmpty()) {
      for (Object row :
          em.createNativeQuery(
                  """
                  select regulation_id, count(*), count(distinct document_id) from citation
                  where regulation_id in (:ids) group by regulation_id
                  """)
              .setParameter("ids", ids)
              .getResultList()) {
        Object[] cols = (Object[]) row;
        citationCounts.put(
            ((Number) cols[0]).longValue(),
            new long[] {((Number) cols[1]).longValue(), ((Number) cols[2]).longValue()});
      }
      for (Object row :
          em.createNativeQuery(
                  """
                  select regulation_id, count(distinct meeting_id) from meeting_regulation
                  where regulation_id in (:ids) group by regulation_id
                  """)
              .setParameter("ids", ids)
              .getResultList()) {
        Object[] cols = (Object[]) row;
        meetingCounts.put(((Number) cols[0]).longValue(), ((Number) cols[1]).longValue());
      }
    }
    Map<Long, RegulationCounts> out = new HashMap<>();
    for (Long id : ids) {
      long[] c = citationCounts.getOrDefault(id, new long[2]);
      out.put(id, new RegulationCounts(c[0], c[1], meetingCounts.getOrDefault(id, 0L)));
    }
    return out;
  }

  /** One entry per (type, direction, other regulation), in the order first stated. */
  private static List<RelationView> relationsOf(
      long id, List<RegulationRelation> relations, Map<Long, RegulationSummary> summaries) {
    Map<String, RelationView> views = new LinkedHashMap<>();
    for (RegulationRelation rr : relations) {
      RelationDirection direction;
      long other;
      if (rr.sourceId == id) {
        direction = RelationDirection.OUTGOING;
        other = rr.targetId;
      } else if (rr.targetId == id) {
        direction = RelationDirection.INCOMING;
        other = rr.sourceId;
      } else {
        continue;
      }
      RegulationSummary otherSummary = summaries.get(other);
      if (otherSummary != null) {
        views.putIfAbsent(
            rr.type + "|" + direction + "|" + other,
            new RelationView(rr.type, direction, otherSummary));
      }
    }
    return List.copyOf(views.values());
  }

  /**
   * The own fields (with the issuer) of the regulations with these ids, in two queries; unknown ids
   * are absent.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, RegulationSummary> summaries(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return new HashMap<>();
    }
    // Organization is the organization feature's entity, joined by name to read the issuer in
    // the same query.
    Map<Long, RegulationSummary> out = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select r, o.id, o.name, o.kind from Regulation r"
                    + " left join Organization o on o.id = r.issuerId where r.id in :ids",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      Regulation r = (Regulation) row[0];
      OrganizationView issuer =
          row[1] == null
              ? null
              : new OrganizationView((Long) row[1], (String) row[2], (OrganizationKind) row[3]);
      out.put(r.id, RegulationSummary.of(r, issuer));
    }
    return out;
  }

  /**
   * Regulations matching {@code filter}, most recently registered first (by id, a stable order),
   * {@code limit} per page.
   *
   * @param cursor {@code null} for the first page, else {@link Page#nextCursor()} of the previous
   * @throws InvalidInputException naming {@code cursor} when the cursor is malformed
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<RegulationDetail> list(RegulationFilter filter, int limit, String cursor) {
    return ids(filter, PageRequest.first(limit, cursor), RegulationOrder.REGISTERED, Direction.DESC)
        .load(this::details)
        .toPage();
  }

  /**
   * The ids of a slice of the regulations matching {@code filter} in the given order (unknown issue
   * dates last; ties by id in the same direction).
   *
   * @throws InvalidInputException naming the cursor argument for a malformed cursor
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Slice<Long> ids(
      RegulationFilter filter, PageRequest request, RegulationOrder order, Direction direction) {
    Keyset keyset =
        switch (order) {
          case REGISTERED -> Keyset.byId(LIST, "r.id", direction);
          case ISSUED_ON -> Keyset.byKey(LIST, "r.issuedOn", LocalDate::parse, "r.id", direction);
        };
    Criteria criteria = criteria(filter);
    return keyset.page(
        request,
        criteria == null
            ? (condition, params, orderBy, max) -> List.of()
            : keyset.jpql(em, "Regulation r", criteria.where(), criteria.params()));
  }

  /** How many regulations match {@code filter}. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long count(RegulationFilter filter) {
    Criteria criteria = criteria(filter);
    if (criteria == null) {
      return 0;
    }
    var query =
        em.createQuery("select count(r) from Regulation r where " + criteria.where(), Long.class);
    criteria.params().forEach(query::setParameter);
    return query.getSingleResult();
  }

  /** A filter as a JPQL condition over {@code r} with its parameters. */
  private record Criteria(String where, Map<String, Object> params) {}

  /** The filter's condition, or {@code null} when nothing can match. */
  private Criteria criteria(RegulationFilter filter) {
    StringBuilder where = new StringBuilder("1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (filter.kind() != null) {
      where.append(" and r.kind = :kind");
      params.put("kind", filter.kind());
    }
    if (filter.issuerId() != null) {
      where.append(" and r.issuerId = :issuer");
      params.put("issuer", filter.issuerId());
    }
    if (filter.issuerName() != null) {
      List<Long> issuers = organizations.idsByName(filter.issuerName());
      if (issuers.isEmpty()) {
        return null;
      }
      where.append(" and r.issuerId in :issuers");
      params.put("issuers", issuers);
    }
    DateBounds.checkYear("year", filter.year());
    if (filter.year() != null) {
      where.append(" and r.issuedOn >= :yearStart and r.issuedOn < :nextYear");
      params.put("yearStart", LocalDate.of(filter.year(), 1, 1));
      params.put("nextYear", LocalDate.of(filter.year() + 1, 1, 1));
    }
    if (filter.q() != null) {
      List<String> words =
          SPACE
              .splitAsStream(TextKeys.fold(filter.q()))
              .filter(w -> !w.isEmpty())
              .limit(MAX_QUERY_WORDS)
              .toList();
      for (int i = 0; i < words.size(); i++) {
        where.append(" and r.searchKey like :q").append(i).append(" escape '\\'");
        params.put("q" + i, "%" + escapeLike(words.get(i)) + "%");
      }
    }
    return new Criteria(where.toString(), params);
  }

  private static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /**
   * The regulation a symbol denotes. The symbol is compared by its {@linkplain SymbolKeys#key key}
   * ("58-QĐ/TƯ" = "58-QĐ/TW"); when no regulation has that key, by its {@linkplain SymbolKeys#loose
   * loose key}, which tolerates a missing "Đ" stroke, swapped "/" and "-" and spaces ("58-QD/TW",
   * "58/QĐ-TW", "58 QĐ TW"). Several regulations may share a symbol (other provinces' local series,
   * other terms): {@code year} narrows them, and the best remaining one is returned – most
   * citations, then the most recent issue date, then the first registered.
   *
   * @param symbol the symbol, not blank
   * @param year the issue year, or {@code null}
   * @throws InvalidInputException naming {@code symbol} when it is blank or has no letter or digit
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<RegulationDetail> lookup(String symbol, Integer year) {
    String key = SymbolKeys.key(symbol);
    String loose = SymbolKeys.loose(symbol);
    if (key == null || loose == null) {
      throw new InvalidInputException(
          "symbol", "symbol must be a document symbol such as 58-QĐ/TW, got '" + symbol + "'");
    }
    List<Long> candidates = withSymbol("symbolKey", key, year);
    if (candidates.isEmpty()) {
      candidates = withSymbol("symbolLoose", loose, year);
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    return details(candidates).values().stream()
        .min(
            Comparator.comparingLong((RegulationDetail d) -> -d.citationCount())
                .thenComparing(
                    d -> d.regulation().issuedOn(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparingLong(RegulationDetail::id));
  }

  /**
   * Ids of every regulation with this symbol (compared by key, else by loose key), for filters:
   * local series of several provinces and several terms may share a symbol. Empty for a blank or
   * unusable symbol.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Long> idsBySymbol(String symbol) {
    String key = SymbolKeys.key(symbol);
    String loose = SymbolKeys.loose(symbol);
    if (key == null || loose == null) {
      return List.of();
    }
    List<Long> ids = withSymbol("symbolKey", key, null);
    return ids.isEmpty() ? withSymbol("symbolLoose", loose, null) : ids;
  }

  private List<Long> withSymbol(String field, String value, Integer year) {
    String jpql = "select r.id from Regulation r where r." + field + " = :value";
    if (year != null) {
      jpql += " and r.issuedOn >= :yearStart and r.issuedOn < :nextYear";
    }
    var query = em.createQuery(jpql, Long.class).setParameter("value", value);
    if (year != null) {
      query
          .setParameter("yearStart", LocalDate.of(year, 1, 1))
          .setParameter("nextYear", LocalDate.of(year + 1, 1, 1));
    }
    return query.getResultList();
  }

  /**
   * Citations of a regulation, newest first, {@code limit} per page.
   *
   * @throws ResourceNotFoundException when there is no such regulation
   * @throws InvalidInputException naming {@code cursor} when the cursor is malformed
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<CitationView> citations(long regulationId, int limit, String cursor) {
    if (Regulation.findById(regulationId) == null) {
      throw new ResourceNotFoundException("Regulation", regulationId);
    }
    return citationIds(regulationId, PageRequest.first(limit, cursor))
        .load(this::citationViews)
        .toPage();
  }

  /**
   * The ids of a slice of a regulation's citations, newest first (an unknown regulation has none).
   *
   * @throws InvalidInputException naming the cursor argument for a malformed cursor
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Slice<Long> citationIds(long regulationId, PageRequest request) {
    Keyset keyset = Keyset.byId(CITATIONS, "c.id", Direction.DESC);
    return keyset.page(
        request,
        (condition, params, orderBy, max) -> {
          var query =
              em.createQuery(
                      "select "
                          + keyset.columns()
                          + " from Citation c where c.regulationId = :regulation"
                          + condition
                          + " order by "
                          + orderBy,
                      Object[].class)
                  .setParameter("regulation", regulationId)
                  .setMaxResults(max);
          params.forEach(query::setParameter);
          return query.getResultList();
        });
  }

  /**
   * The same slice of the citations of each of these regulations, newest first, in one query (plus
   * one probe when a cursor is given).
   *
   * @throws InvalidInputException naming the cursor argument for a malformed cursor
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, Slice<Long>> citationIdsByRegulation(
      Collection<Long> regulationIds, PageRequest request) {
    Keyset keyset = Keyset.byId(CITATIONS, "c.id", Direction.DESC);
    if (regulationIds.isEmpty()) {
      return Map.of();
    }
    return keyset.pages(
        request,
        regulationIds,
        (condition, params, orderBy, max) -> {
          var query =
              em.createNativeQuery(
                  "select regulation_id, id, id from (select c.regulation_id, c.id,"
                      + " row_number() over (partition by c.regulation_id order by "
                      + orderBy
                      + ") as rn from citation c where c.regulation_id in (:parents)"
                      + condition
                      + ") x where rn <= :max order by regulation_id, rn");
          query.setParameter("parents", regulationIds).setParameter("max", max);
          params.forEach(query::setParameter);
          List<Object[]> rows = new ArrayList<>();
          for (Object row : query.getResultList()) {
            rows.add((Object[]) row);
          }
          return rows;
        });
  }

  /** How many citations each of these regulations has; absent for none. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, Long> citationCounts(Collection<Long> regulationIds) {
    Map<Long, Long> out = new HashMap<>();
    if (regulationIds.isEmpty()) {
      return out;
    }
    em.createQuery(
            "select c.regulationId, count(c) from Citation c where c.regulationId in :ids"
                + " group by c.regulationId",
            Object[].class)
        .setParameter("ids", regulationIds)
        .getResultList()
        .forEach(r -> out.put((Long) r[0], (Long) r[1]));
    return out;
  }

  /** The citations with these ids, with their resolved regulations; unknown ids are absent. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, CitationView> citationViews(Collection<Long> ids) {
    Map<Long, CitationView> out = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    Map<Long, CitationView> byId = new HashMap<>();
    views(
            em.createQuery("select c from Citation c where c.id in :ids", Citation.class)
                .setParameter("ids", ids)
                .getResultList())
        .forEach(v -> byId.put(v.id(), v));
    ids.forEach(
        id -> {
          CitationView v = byId.get(id);
          if (v != null) {
            out.put(id, v);
          }
        });
    return out;
  }

  /** The citations in a document, in text order. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<CitationView> citationsOfDocument(long documentId) {
    return citationsOfDocuments(List.of(documentId)).get(documentId);
  }

  /**
   * The citations in each of these documents, in text order, in two queries; every id is present
   * (an empty list for a document without citations).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, List<CitationView>> citationsOfDocuments(Collection<Long> documentIds) {
    Map<Long, List<CitationView>> out = new HashMap<>();
    documentIds.forEach(id -> out.put(id, new ArrayList<>()));
    if (documentIds.isEmpty()) {
      return out;
    }
    views(
            em.createQuery(
                    "select c from Citation c where c.documentId in :ids"
                        + " order by c.documentId, c.spanStart, c.id",
                    Citation.class)
                .setParameter("ids", documentIds)
                .getResultList())
        .forEach(v -> out.get(v.document().id()).add(v));
    return out;
  }

  private List<CitationView> views(List<Citation> rows) {
    Map<Long, CitingDocument> documents = new HashMap<>();
    List<Long> documentIds = rows.stream().map(c -> c.documentId).distinct().toList();
    if (!documentIds.isEmpty()) {
      for (Object row :
          em.createNativeQuery("select id, title, published_on from document where id in (:ids)")
              .setParameter("ids", documentIds)
              .getResultList()) {
        Object[] cols = (Object[]) row;
        long id = ((Number) cols[0]).longValue();
        documents.put(id, new CitingDocument(id, (String) cols[1], toLocalDate(cols[2])));
      }
    }
    List<CitationView> out = new ArrayList<>(rows.size());
    for (Citation c : rows) {
      out.add(
          new CitationView(
              c.id,
              documents.get(c.documentId),
              c.text,
              c.spanStart,
              c.spanEnd,
              c.form,
              c.stated(),
              c.regulationId));
    }
    return out;
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
