package io.regtrack.person;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One appearance: a person as one document names them, with the positions stated there. */
@Entity
@Table(name = "document_person")
class DocumentPerson extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "document_id", nullable = false)
  long documentId;

  @Column(name = "person_id", nullable = false)
  long personId;

  @Column(nullable = false)
  int ordinal;

  @Column(nullable = false)
  String name;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false)
  List<String> positions;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "match_keys", nullable = false)
  List<String> matchKeys;

  @Column(name = "province_id")
  Long provinceId;
}
