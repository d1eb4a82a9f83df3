package io.regtrack.api.graphql;

import io.regtrack.regulation.RegulationKind;
import io.regtrack.regulation.StatedFields;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** The fields one citation stated, before resolution against the corpus. */
@Name("CitationStated")
@Description("What one mention stated about the regulation (null: not stated there)")
public record Stated(
    RegulationKind kind,
    String number,
    String symbol,
    @Description("The issuer as written, completed with the province or Khối") String issuer,
    LocalDate issuedOn,
    String title,
    Integer chapters,
    Integer articles,
    @Description("Party term (\"khóa XI\")") String term) {

  static Stated of(StatedFields s) {
    return new Stated(
        s.kind(),
        s.number(),
        s.symbol(),
        s.issuer(),
        s.issuedOn(),
        s.title(),
        s.chapters(),
        s.articles(),
        s.term());
  }
}
