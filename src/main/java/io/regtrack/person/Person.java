package io.regtrack.person;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person: a cluster of appearances of one name. Never leaves the {@code person} package; other
 * features speak records.
 */
@Entity
@Table(name = "person")
class Person extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(nullable = false)
  String name;

  @Column(name = "name_key", nullable = false)
  String nameKey;

  @Column(name = "name_fold", nullable = false)
  String nameFold;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false)
  List<String> positions;

  @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
  Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  Instant updatedAt;
}
