package io.regtrack.document;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One ingested article. Never leaves the {@code document} package; the API speaks records. */
@Entity
@Table(name = "document")
class Document extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(nullable = false)
  String title;

  String source;
  String url;
  String author;

  @Column(name = "published_at")
  LocalDateTime publishedAt;

  @Column(name = "published_on")
  LocalDate publishedOn;

  @Column(nullable = false)
  String body;

  @Column(name = "raw_text", nullable = false)
  String rawText;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false)
  List<String> captions;

  @Column(name = "content_hash", nullable = false, length = 64, columnDefinition = "bpchar(64)")
  String contentHash;

  @Column(name = "extractor_version", nullable = false)
  int extractorVersion;

  @Column(name = "ingested_at", nullable = false)
  Instant ingestedAt;

  @Column(name = "updated_at", nullable = false)
  Instant updatedAt;
}
