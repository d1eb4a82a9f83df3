package io.regtrack.document;

import io.regtrack.shared.error.InvalidInputException;
import io.regtrack.shared.paging.Keyset;
import io.regtrack.shared.paging.Keyset.Direction;
import io.regtrack.shared.paging.Page;
import io.regtrack.shared.paging.PageRequest;
import io.regtrack.shared.paging.Slice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores and reads documents. Insertion is idempotent and race-free: an {@code INSERT … ON CONFLICT
 * (content_hash) DO NOTHING} either creates the row or finds the one a concurrent request created.
 */
@ApplicationScoped
public class DocumentService {
  static final String LIST = "documents";

  private final EntityManager em;

  public DocumentService(EntityManager em) {
    this.em = em;
  }

  /** Result of {@link #insertIfAbsent}: the document's id and whether this call created it. */
  public record Insertion(long id, boolean created) {}

  /**
   * Inserts the document unless one with the same content hash exists. Joins the caller's
   * transaction, so the caller can store the extraction in the same unit of work.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Insertion insertIfAbsent(NewDocument doc) {
    List<?> inserted =
        em.createNativeQuery(
                """
                insert into document (title, source, url, author, published_at, published_on, body,
                                      raw_text, captions, content_hash, extractor_version)
                values (:title, :source, :url, :author, :publishedAt, :publishedOn, :body,
                        :rawText, cast(:captions as text[]), :contentHash, :extractorVersion)
                on conflict (content_hash) do nothing
                returning id
                """)
            .setParameter("title", doc.title())
            .setParameter("source", doc.source())
            .setParameter("url", doc.url())
            .setParameter("author", doc.author())
            .setParameter(
                "publishedAt",
                doc.publishedAt() == null ? null : Timestamp.valueOf(doc.publishedAt()))
            .setParameter("publishedOn", doc.publishedOn())
            .setParameter("body", doc.body())
            .setParameter("rawText", doc.rawText())
            .setParameter("captions", toArrayLiteral(doc.captions()))
            .setParameter("contentHash", doc.contentHash())
            .setParameter("extractorVersion", doc.extractorVersion())
            .getResultList();
    if (!inserted.isEmpty()) {
      return new Insertion(((Number) inserted.get(0)).longValue(), true);
    }
    long existing =
        em.createQuery("select d.id from Document d where d.contentHash = :hash", Long.class)
            .setParameter("hash", doc.contentHash())
            .getSingleResult();
    return new Insertion(existing, false);
  }

  /**
   * Locks the document's row for its deletion ({@code FOR UPDATE}): a concurrent deletion waits,
   * then finds it gone; a concurrent ingest of the same article waits, then stores it anew. Joins
   * the caller's transaction.
   *
   * @return whether the document exists
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean lockForDeletion(long id) {
    return !em.createNativeQuery("select id from document where id = :id for update")
        .setParameter("id", id)
        .getResultList()
        .isEmpty();
  }

  /**
   * Deletes the document row (with whatever still refers to it by a cascading key). Joins the
   * caller's transaction: the deletion service removes what the features derived from it first.
   *
   * @return whether a row was deleted
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean delete(long id) {
    return em.createNativeQuery("delete from document where id = :id")
            .setParameter("id", id)
            .executeUpdate()
        > 0;
  }

  /** The document with this id, if any. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<DocumentView> find(long id) {
    return Document.<Document>findByIdOptional(id).map(DocumentView::of);
  }

  /** Whether any document is stored. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean isEmpty() {
    return Document.count() == 0;
  }

  /**
   * Documents, newest first (by id, a stable order), {@code limit} per page.
   *
   * @param cursor {@code null} for the first page, else {@link Page#nextCursor()} of the previous
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<DocumentView> list(DocumentFilter filter, int limit, String cursor) {
    return ids(filter, PageRequest.first(limit, cursor), DocumentOrder.INGESTED, Direction.DESC)
        .load(this::findAll)
        .toPage();
  }

  /**
   * The ids of a slice of the documents matching {@code filter} in the given order (ties and
   * unknown publish times last, by id in the same direction).
   *
   * @throws InvalidInputException naming the cursor argument for a malformed cursor
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Slice<Long> ids(
      DocumentFilter filter, PageRequest request, DocumentOrder order, Direction direction) {
    Keyset keyset =
        switch (order) {
          case INGESTED -> Keyset.byId(LIST, "d.id", direction);
          case PUBLISHED_AT ->
              Keyset.byKey(LIST, "d.publishedAt", s -> LocalDateTime.parse(s), "d.id", direction);
        };
    Criteria criteria = criteria(filter);
    return keyset.page(
        request,
        criteria == null
            ? (condition, params, orderBy, max) -> List.of()
            : keyset.jpql(em, "Document d", criteria.where(), criteria.params()));
  }

  /** How many documents match {@code filter}. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long count(DocumentFilter filter) {
    Criteria criteria = criteria(filter);
    if (criteria == null) {
      return 0;
    }
    var query =
        em.createQuery("select count(d) from Document d where " + criteria.where(), Long.class);
    criteria.params().forEach(query::setParameter);
    return query.getSingleResult();
  }

  /** The documents with these ids; unknown ids are absent; the map iterates in id order given. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, DocumentView> findAll(Collection<Long> ids) {
    Map<Long, DocumentView> out = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    Map<Long, DocumentView> byId = new HashMap<>();
    em.createQuery("select d from Document d where d.id in :ids", Document.class)
        .setParameter("ids", ids.stream().distinct().toList())
        .getResultList()
        .forEach(d -> byId.put(d.id, DocumentView.of(d)));
    for (Long id : ids) {
      DocumentView d = byId.get(id);
      if (d != null) {
        out.put(id, d);
      }
    }
    return out;
  }

  /** A filter as a JPQL condition over {@code d} with its parameters. */
  private record Criteria(String where, Map<String, Object> params) {}

  /** The filter's condition, or {@code null} when nothing can match. */
  private static Criteria criteria(DocumentFilter filter) {
    StringBuilder where = new StringBuilder("1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (filter.from() != null) {
      where.append(" and d.publishedOn >= :from");
      params.put("from", filter.from());
    }
    if (filter.to() != null) {
      where.append(" and d.publishedOn <= :to");
      params.put("to", filter.to());
    }
    if (filter.regulationIds() != null) {
      if (filter.regulationIds().isEmpty()) {
        return null;
      }
      where.append(
          " and exists (select 1 from Citation c where c.documentId = d.id"
              + " and c.regulationId in :regulations)");
      params.put("regulations", filter.regulationIds());
    }
    return new Criteria(where.toString(), params);
  }

  private static String toArrayLiteral(List<String> values) {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append('"');
      String v = values.get(i);
      for (int j = 0; j < v.length(); j++) {
        char c = v.charAt(j);
        if (c == '"' || c == '\\') {
          sb.append('\\');
        }
        sb.append(c);
      }
      sb.append('"');
    }
    return sb.append('}').toString();
  }
}
