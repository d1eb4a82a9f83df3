package io.regtrack.document;

import io.regtrack.shared.error.InvalidInputException;
import io.regtrack.shared.paging.Keyset;
import io.regtrack.shared.paging.Keyset.Direction;
import io.regtrack.shared.paging.Page;
import io.regtrack.shared.paging.PageRequest;
import io.regtrack.shared.paging.Slice;
import io.regtrack.shared.time.DateBounds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.hibernate.query.NativeQuery;

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

  // ------------------------------------------------------------------------------- re-extraction

  /**
   * The ids of the documents to extract again, ascending: those extracted by a version older than
   * {@code version}, or every document when {@code version} is {@code null}.
   */
  @Transactional
  public long[] idsToReextract(Integer version) {
    return (version == null
            ? em.createQuery("select d.id from Document d order by d.id", Long.class)
            : em.createQuery(
                    "select d.id from Document d where d.extractorVersion < :v order by d.id",
                    Long.class)
                .setParameter("v", version))
        .getResultStream()
        .mapToLong(Long::longValue)
        .toArray();
  }

  /** What the document was made from, if it exists. Runs in a transaction of its own if needed. */
  @Transactional
  public Optional<StoredArticle> stored(long id) {
    return Document.<Document>findByIdOptional(id)
        .map(
            d ->
                new StoredArticle(
                    d.id,
                    d.rawText,
                    d.url,
                    d.source,
                    d.publishedAt,
                    d.publishedOn,
                    d.extractorVersion));
  }

  /**
   * Locks the document's row for its re-extraction ({@code FOR UPDATE}): a concurrent deletion or
   * re-extraction waits. Joins the caller's transaction.
   *
   * @return the version of the extractor that produced its stored extraction; empty when the
   *     document does not exist
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public OptionalInt lockForReextraction(long id) {
    List<?> rows =
        em.createNativeQuery("select extractor_version from document where id = :id for update")
            .setParameter("id", id)
            .getResultList();
    return rows.isEmpty() ? OptionalInt.empty() : OptionalInt.of(((Number) rows.get(0)).intValue());
  }

  /** Another document with this content hash, if any. Joins the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Long> otherWithHash(String contentHash, long id) {
    return em.createQuery(
            "select d.id from Document d where d.contentHash = :hash and d.id <> :id", Long.class)
        .setParameter("hash", contentHash)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /**
   * Replaces what extraction derived of the document (title, author, body, captions, content hash,
   * extractor version) by {@code doc}'s and takes its url, source and publish time where the
   * document has none, keeping its id. Joins the caller's transaction, which re-records the
   * extraction; the caller locked the row ({@link #lockForReextraction}) and checked that no other
   * document has the new content hash ({@link #otherWithHash}).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void replaceExtraction(long id, NewDocument doc) {
    em.createNativeQuery(
            """
            update document
            set title = :title, source = coalesce(source, :source), url = coalesce(url, :url),
                author = :author,
                published_at = coalesce(published_at, :publishedAt),
                published_on = coalesce(published_on, :publishedOn),
                body = :body, captions = cast(:captions as text[]), content_hash = :contentHash,
                extractor_version = :extractorVersion, updated_at = now()
            where id = :id
            """)
        .unwrap(NativeQuery.class)
        .setParameter("title", doc.title())
        .setParameter("source", doc.source(), String.class)
        .setParameter("url", doc.url(), String.class)
        .setParameter("author", doc.author(), String.class)
        .setParameter("publishedAt", doc.publishedAt(), LocalDateTime.class)
        .setParameter("publishedOn", doc.publishedOn(), LocalDate.class)
        .setParameter("body", doc.body())
        .setParameter("captions", toArrayLiteral(doc.captions()))
        .setParameter("contentHash", doc.contentHash())
        .setParameter("extractorVersion", doc.extractorVersion())
        .setParameter("id", id)
        .executeUpdate();
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
  public Page<DocumentHeader> list(DocumentFilter filter, int limit, String cursor) {
    return ids(filter, PageRequest.first(limit, cursor), DocumentOrder.INGESTED, Direction.DESC)
        .load(this::headers)
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
    if (ids.isEmpty()) {
      return new LinkedHashMap<>();
    }
    Map<Long, DocumentView> byId = new HashMap<>();
    em.createQuery("select d from Document d where d.id in :ids", Document.class)
        .setParameter("ids", ids.stream().distinct().toList())
        .getResultList()
        .forEach(d -> byId.put(d.id, DocumentView.of(d)));
    return inOrderOf(ids, byId);
  }

  /**
   * The documents with these ids without their text, in one query. Unknown ids are absent; the map
   * iterates in the order of {@code ids}.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, DocumentHeader> headers(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return new LinkedHashMap<>();
    }
    Map<Long, DocumentHeader> byId = new HashMap<>();
    for (Object[] d :
        em.createQuery(
                "select d.id, d.title, d.source, d.url, d.author, d.publishedAt, d.publishedOn,"
                    + " d.contentHash from Document d where d.id in :ids",
                Object[].class)
            .setParameter("ids", ids.stream().distinct().toList())
            .getResultList()) {
      long id = (Long) d[0];
      byId.put(
          id,
          new DocumentHeader(
              id,
              (String) d[1],
              (String) d[2],
              (String) d[3],
              (String) d[4],
              (LocalDateTime) d[5],
              (LocalDate) d[6],
              ((String) d[7]).trim()));
    }
    return inOrderOf(ids, byId);
  }

  /** The values of {@code byId} in the order of {@code ids}, each once; unknown ids left out. */
  private static <T> Map<Long, T> inOrderOf(Collection<Long> ids, Map<Long, T> byId) {
    Map<Long, T> out = new LinkedHashMap<>();
    for (Long id : ids) {
      T value = byId.get(id);
      if (value != null) {
        out.put(id, value);
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
    DateBounds.check("from", filter.from());
    DateBounds.check("to", filter.to());
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
