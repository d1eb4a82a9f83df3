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
import java.time.LocalDate;

/** One mention of a regulation in a document, with what the mention itself stated. */
@Entity
@Table(name = "citation")
class Citation extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "document_id", nullable = false)
  long documentId;

  @Column(name = "regulation_id", nullable = false)
  long regulationId;

  @Column(nullable = false)
  String text;

  @Column(name = "span_start", nullable = false)
  int spanStart;

  @Column(name = "span_end", nullable = false)
  int spanEnd;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  CitationForm form;

  @Enumerated(EnumType.STRING)
  @Column(name = "stated_kind")
  RegulationKind statedKind;

  @Column(name = "stated_number")
  String statedNumber;

  @Column(name = "stated_symbol")
  String statedSymbol;

  @Column(name = "stated_issuer")
  String statedIssuer;

  @Column(name = "stated_issued_on")
  LocalDate statedIssuedOn;

  @Column(name = "stated_title")
  String statedTitle;

  @Column(name = "stated_chapters")
  Integer statedChapters;

  @Column(name = "stated_articles")
  Integer statedArticles;

  @Column(name = "stated_term")
  String statedTerm;

  @Column(name = "stated_issuer_inferred", nullable = false)
  boolean statedIssuerInferred;

  @Column(name = "stated_symbol_as_written")
  String statedSymbolAsWritten;

  StatedFields stated() {
    return new StatedFields(
        statedKind,
        statedNumber,
        statedSymbol,
        false,
        statedIssuer,
        statedIssuedOn,
        statedTitle,
        statedChapters,
        statedArticles,
        statedTerm,
        statedIssuerInferred,
        statedSymbolAsWritten);
  }
}
