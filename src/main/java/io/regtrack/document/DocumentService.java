package io.regtrack.document;

import io.quarkus.panache.common.Parameters;
import io.regtrack.shared.paging.Cursor;
import io.regtrack.shared.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.List;
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
    StringBuilder where = new StringBuilder("1 = 1");
    Parameters params = new Parameters();
    if (cursor != null) {
      where.append(" and id < :after");
      params.and("after", Cursor.decodeId(LIST, cursor));
    }
    if (filter.from() != null) {
      where.append(" and publishedOn >= :from");
      params.and("from", filter.from());
    }
    if (filter.to() != null) {
      where.append(" and publishedOn <= :to");
      params.and("to", filter.to());
    }
    // range() is inclusive: limit + 1 rows tell whether another page follows.
    List<Document> rows =
        Document.<Document>find(where + " order by id desc", params).range(0, limit).list();
    boolean more = rows.size() > limit;
    List<DocumentView> items =
        rows.subList(0, Math.min(limit, rows.size())).stream().map(DocumentView::of).toList();
    String next = more ? Cursor.encode(LIST, String.valueOf(items.getLast().id())) : null;
    return new Page<>(items, next);
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
