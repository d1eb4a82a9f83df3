package io.regtrack.api.graphql;

import io.regtrack.regulation.RegulationKind;
import io.regtrack.regulation.RegulationSummary;
import io.regtrack.shared.id.GlobalId;
import io.regtrack.shared.id.NodeType;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A cited instrument (văn bản); relations, counts, citations, meetings and the timeline are batched
 * fields of {@link RegulationGraphQlApi}.
 */
@Description("A cited instrument (văn bản): regulation, directive, resolution, decree, ...")
public record Regulation(
    @Id @NonNull @Description("The global id (Node.id): opaque, stable, the nodeId of the REST API")
        String id,
    @NonNull @Description("Database id (the REST id)") int databaseId,
    @NonNull @Description("The kind, from the word that names it") RegulationKind kind,
    @NonNull @Description("Vietnamese label of the kind (\"Quy định\")") String kindLabel,
    @Description("The number, leading zeros kept (\"01\")") String number,
    @Description("Canonical symbol (\"58-QĐ/TW\")") String symbol,
    @NonNull @Description("True when the symbol was built from kind and issuer, never stated")
        boolean symbolInferred,
    @Description("The issuing organization") Organization issuer,
    @NonNull
        @Description(
            "True when the issuer was not written in full with the document: implied by the symbol's suffix (\"…/HU\") or completed with the article's place")
        boolean issuerInferred,
    @Description("Issue date (the majority of citing documents)") LocalDate issuedOn,
    @Description("Quoted title or the \"về …\" subject") String title,
    @Description("Number of chapters (\"gồm 6 chương\")") Integer chapters,
    @Description("Number of articles (\"22 điều\")") Integer articles,
    @Description("Party term (\"khóa XI\")") String term)
    implements Node {

  @Override
  @Id
  @NonNull
  public String getId() {
    return id;
  }

  static Regulation of(RegulationSummary r) {
    return new Regulation(
        GlobalId.of(NodeType.Regulation, r.id()),
        Math.toIntExact(r.id()),
        r.kind(),
        r.kind().label(),
        r.number(),
        r.symbol(),
        r.symbolInferred(),
        r.issuer() == null ? null : Organization.of(r.issuer()),
        r.issuerInferred(),
        r.issuedOn(),
        r.title(),
        r.chapters(),
        r.articles(),
        r.term());
  }

  long key() {
    return databaseId;
  }
}
