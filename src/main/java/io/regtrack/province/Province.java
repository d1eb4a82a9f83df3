package io.regtrack.province;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A provincial-level unit. Reference data written by the Flyway migration {@code R__provinces.sql}
 * only; read-only here. Never leaves the {@code province} package; other features speak {@link
 * ProvinceView}.
 */
@Entity
@Table(name = "province")
class Province extends PanacheEntityBase {
  @Id Long id;

  @Column(nullable = false)
  String code;

  @Column(nullable = false)
  String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  ProvinceKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  ProvinceEra era;

  @Column(name = "successor_id")
  Long successorId;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false)
  List<String> aliases;
}
