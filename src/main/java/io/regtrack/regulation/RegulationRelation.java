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

/** A relation a document states between two regulations, with the span that states it. */
@Entity
@Table(name = "regulation_relation")
class RegulationRelation extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  RelationType type;

  @Column(name = "source_id", nullable = false)
  long sourceId;

  @Column(name = "target_id", nullable = false)
  long targetId;

  @Column(name = "document_id", nullable = false)
  long documentId;

  @Column(name = "span_start", nullable = false)
  int spanStart;

  @Column(name = "span_end", nullable = false)
  int spanEnd;
}
