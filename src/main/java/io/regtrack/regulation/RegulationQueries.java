package io.regtrack.regulation;

import io.quarkus.panache.common.Parameters;
import io.regtrack.organization.OrganizationService;
import io.regtrack.organization.OrganizationView;
import io.regtrack.shared.error.InvalidInputException;
import io.regtrack.shared.error.ResourceNotFoundException;
import io.regtrack.shared.paging.Cursor;
import io.regtrack.shared.paging.Page;
import io.regtrack.shared.text.SymbolKeys;
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
    List<RegulationRelation> relations =
        em.createQuery(
                "select rr from RegulationRelation rr"
                    + " where rr.sourceId in :ids or rr.targetId in :ids order by rr.id",
                RegulationRelation.class)
            .setParameter("ids", distinct)
            .getResultList();
    Set<Long> needed = new HashSet<>(distinct);
    relations.forEach(
        rr -> {
          needed.add(rr.sourceId);
          needed.add(rr.targetId);
        });
    Map<Long, RegulationSummary> summaries = summaries(needed);
    Map<Long, long[]> citationCounts = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                """
                select regulation_id, count(*), count(distinct document_id) from citation
                where regulation_id in (:ids) group by regulation_id
                """)
            .setParameter("ids", distinct)
            .getResultList()) {
      Object[] cols = (Object[]) row;
      citationCounts.put(
          ((Number) cols[0]).longValue(),
          new long[] {((Number) cols[1]).longValue(), ((Number) cols[2]).longValue()});
    }
    Map<Long, Long> meetingCounts = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                """
                select regulation_id, count(distinct meeting_id) from meeting_regulation
                where regulation_id in (:ids) group by regulation_id
                """)
            .setParameter("ids", distinct)
            .getResultList()) {
      Object[] cols = (Object[]) row;
      meetingCounts.put(((Number) cols[0]).longValue(), ((Number) cols[1]).longValue());
    }
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
      long[] counts = citationCounts.getOrDefault(id, new long[2]);
      out.put(
          id,
          new RegulationDetail(
              summary,
              relationsOf(id, relations, summaries),
              counts[0],
              counts[1],
              meetingCounts.getOrDefault(id, 0L),
              conflicts.getOrDefault(id, List.of())));
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

  private Map<Long, RegulationSummary> summaries(Collection<Long> ids) {
    List<Regulation> rows =
        em.createQuery("select r from Regulation r where r.id in :ids", Regulation.class)
            .setParameter("ids", ids)
            .getResultList();
    Set<Long> issuerIds = new HashSet<>();
    rows.forEach(
        r -> {
          if (r.issuerId != null) {
            issuerIds.add(r.issuerId);
          }
        });
    Map<Long, OrganizationView> issuers = organizations.findAll(issuerIds);
    Map<Long, RegulationSummary> out = new HashMap<>();
    rows.forEach(
        r ->
            out.put(
                r.id,
                RegulationSummary.of(r, r.issuerId == null ? null : issuers.get(r.issuerId))));
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
    StringBuilder where = new StringBuilder("1 = 1");
    Parameters params = new Parameters();
    if (cursor != null) {
      where.append(" and id < :after");
      params.and("after", Cursor.decodeId(LIST, cursor));
    }
    if (filter.kind() != null) {
      where.append(" and kind = :kind");
      params.and("kind", filter.kind());
    }
    if (filter.issuerId() != null) {
      where.append(" and issuerId = :issuer");
      params.and("issuer", filter.issuerId());
    }
    if (filter.issuerName() != null) {
      List<Long> issuers = organizations.idsByName(filter.issuerName());
      if (issuers.isEmpty()) {
        return new Page<>(List.of(), null);
      }
      where.append(" and issuerId in :issuers");
      params.and("issuers", issuers);
    }
    if (filter.year() != null) {
      where.append(" and issuedOn >= :yearStart and issuedOn < :nextYear");
      params.and("yearStart", LocalDate.of(filter.year(), 1, 1));
      params.and("nextYear", LocalDate.of(filter.year() + 1, 1, 1));
    }
    if (filter.q() != null) {
      List<String> words =
          SPACE
              .splitAsStream(TextKeys.fold(filter.q()))
              .filter(w -> !w.isEmpty())
              .limit(MAX_QUERY_WORDS)
              .toList();
      for (int i = 0; i < words.size(); i++) {
        where.append(" and searchKey like :q").append(i).append(" escape '\\'");
        params.and("q" + i, "%" + escapeLike(words.get(i)) + "%");
      }
    }
    var query =
        em.createQuery("select id from Regulation where " + where + " order by id desc", Long.class)
            .setMaxResults(limit + 1);
    params.map().forEach(query::setParameter);
    List<Long> ids = query.getResultList();
    boolean more = ids.size() > limit;
    List<Long> page = ids.subList(0, Math.min(limit, ids.size()));
    List<RegulationDetail> items = List.copyOf(details(page).values());
    String next = more ? Cursor.encode(LIST, String.valueOf(page.getLast())) : null;
    return new Page<>(items, next);
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
    StringBuilder jpql = new StringBuilder("select c from Citation c where c.regulationId = :id");
    if (cursor != null) {
      jpql.append(" and c.id < :after");
    }
    var query =
        em.createQuery(jpql + " order by c.id desc", Citation.class)
            .setParameter("id", regulationId)
            .setMaxResults(limit + 1);
    if (cursor != null) {
      query.setParameter("after", Cursor.decodeId(CITATIONS, cursor));
    }
    List<Citation> rows = query.getResultList();
    boolean more = rows.size() > limit;
    List<CitationView> items = views(rows.subList(0, Math.min(limit, rows.size())));
    String next = more ? Cursor.encode(CITATIONS, String.valueOf(items.getLast().id())) : null;
    return new Page<>(items, next);
  }

  /** The citations in a document, in text order. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<CitationView> citationsOfDocument(long documentId) {
    return views(
        em.createQuery(
                "select c from Citation c where c.documentId = :id order by c.spanStart",
                Citation.class)
            .setParameter("id", documentId)
            .getResultList());
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
