package io.regtrack.organization;

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

/**
 * An issuer, organizer or body a position belongs to. Never leaves the {@code organization}
 * package; other features speak {@link OrganizationView}.
 */
@Entity
@Table(name = "organization")
class Organization extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(nullable = false)
  String name;

  @Column(name = "name_key", nullable = false)
  String nameKey;

  @Column(name = "name_fold", nullable = false)
  String nameFold;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  OrganizationKind kind;

  @Column(name = "province_id")
  Long provinceId;

  @Column(name = "parent_id")
  Long parentId;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  Instant updatedAt;
}
