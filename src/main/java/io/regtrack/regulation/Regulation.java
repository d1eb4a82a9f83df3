package io.regtrack.regulation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A regulation of the registry. Never leaves the {@code regulation} package; the API speaks
 * records. Rows are written by {@link RegistryService} with SQL (upserts under advisory locks); the
 * {@code conflicts} jsonb column is read and written with SQL too and is not mapped here.
 */
@Entity
@Table(name = "regulation")
class Regulation extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "identity_key", nullable = false)
  String identityKey;

  @Column(name = "series_key", nullable = false)
  String seriesKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  RegulationKind kind;

  String number;
  String symbol;

  @Column(name = "symbol_key")
  String symbolKey;

  @Column(name = "symbol_loose")
  String symbolLoose;

  @Column(name = "symbol_inferred", nullable = false)
  boolean symbolInferred;

  @Column(name = "issuer_id")
  Long issuerId;

  @Column(name = "issuer_inferred", nullable = false)
  boolean issuerInferred;

  @Column(name = "issued_on")
  LocalDate issuedOn;

  String title;
  Integer chapters;
  Integer articles;
  String term;

  @Column(name = "search_key", nullable = false)
  String searchKey;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  Instant updatedAt;
}
