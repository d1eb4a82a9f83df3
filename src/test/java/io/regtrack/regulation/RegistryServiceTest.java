package io.regtrack.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.regtrack.CitingArticles;
import io.regtrack.Db;
import io.regtrack.document.ContentHash;
import io.regtrack.document.DocumentService;
import io.regtrack.document.NewDocument;
import io.regtrack.shared.text.SymbolKeys;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The registry's identity, resolution, majority vote and concurrency, driven with hand-built inputs
 * (independent of the extraction rules) against the embedded PostgreSQL.
 */
@QuarkusTest
class RegistryServiceTest {
  private static final LocalDate FEB_8 = LocalDate.of(2022, 2, 8);

  @Inject RegistryService registry;
  @Inject RegulationQueries queries;
  @Inject DocumentService documents;

  // ------------------------------------------------------------------------------- identity

  @Test
  void sameSymbolScopeAndYearFromTwoDocumentsIsOneRegulation() {
    String symbol = CitingArticles.number() + "-QĐ/TW";
    long a = register(newDocument(), full("TW", fields(symbol, "Bộ Chính trị", FEB_8)));
    long b = register(newDocument(), full("TW", fields(symbol, "Bộ Chính trị", FEB_8)));
    assertThat(b).isEqualTo(a);
    assertThat(rowsWithSymbol(symbol)).isEqualTo(1);
    RegulationDetail d = find(a).orElseThrow();
    assertThat(d.citationCount()).isEqualTo(2);
    assertThat(d.documentCount()).isEqualTo(2);
    assertThat(d.regulation().issuer().name()).isEqualTo("Bộ Chính trị");
    assertThat(d.regulation().issuedOn()).isEqualTo(FEB_8);
  }

  @Test
  void sameLocalSymbolInTwoProvincesIsTwoRegulations() {
    String symbol = CitingArticles.number() + "-CT/TU";
    LocalDate date = LocalDate.of(2012, 5, 3);
    long haNam = register(newDocument(), full("TU@Hà Nam", fields(symbol, "Tỉnh ủy Hà Nam", date)));
    long ngheAn =
        register(newDocument(), full("TU@Nghệ An", fields(symbol, "Tỉnh ủy Nghệ An", date)));
    long haNamAgain =
        register(newDocument(), full("TU@Hà Nam", fields(symbol, "Tỉnh uỷ Hà Nam", date)));
    assertThat(ngheAn).isNotEqualTo(haNam);
    assertThat(haNamAgain).isEqualTo(haNam);
    assertThat(rowsWithSymbol(symbol)).isEqualTo(2);
    assertThat(find(ngheAn).orElseThrow().regulation().issuer().name())
        .isEqualTo("Tỉnh ủy Nghệ An");
  }

  @Test
  void partyNumberingRestartsEachTermSoAnotherYearIsAnotherRegulation() {
    String symbol = CitingArticles.number() + "-NQ/TW";
    long first =
        register(
            newDocument(),
            full("TW", fields(symbol, "Ban Chấp hành Trung ương", LocalDate.of(2012, 1, 16))));
    long second =
        register(
            newDocument(),
            full("TW", fields(symbol, "Ban Chấp hành Trung ương", LocalDate.of(2016, 10, 30))));
    assertThat(second).isNotEqualTo(first);
    assertThat(rowsWithSymbol(symbol)).isEqualTo(2);
  }

  @Test
  void anUndatedMentionJoinsTheDatedRegulation() {
    String symbol = CitingArticles.number() + "-CT/TW";
    long dated = register(newDocument(), full("TW", fields(symbol, "Ban Bí thư", FEB_8)));
    long undated = register(newDocument(), full("TW", fields(symbol, "Ban Bí thư", null)));
    assertThat(undated).isEqualTo(dated);
    assertThat(rowsWithSymbol(symbol)).isEqualTo(1);
  }

  @Test
  void aDatedMentionAdoptsTheUndatedRegulation() {
    String symbol = CitingArticles.number() + "-KL/TW";
    long undated = register(newDocument(), full("TW", fields(symbol, "Bộ Chính trị", null)));
    long dated = register(newDocument(), full("TW", fields(symbol, "Bộ Chính trị", FEB_8)));
    assertThat(dated).isEqualTo(undated);
    assertThat(find(dated).orElseThrow().regulation().issuedOn()).isEqualTo(FEB_8);
    // The regulation now has a year: a mention dated in another term is another regulation.
    long otherTerm =
        register(
            newDocument(), full("TW", fields(symbol, "Bộ Chính trị", LocalDate.of(2017, 3, 1))));
    assertThat(otherTerm).isNotEqualTo(dated);
  }

  @Test
  void anUndatedMentionJoinsTheMostCitedOfSeveralYears() {
    String symbol = CitingArticles.number() + "-CT/TW";
    long old =
        register(newDocument(), full("TW", fields(symbol, "Ban Bí thư", LocalDate.of(2004, 6, 1))));
    long cited =
        register(
            newDocument(), full("TW", fields(symbol, "Ban Bí thư", LocalDate.of(2014, 8, 18))));
    register(newDocument(), full("TW", fields(symbol, "Ban Bí thư", LocalDate.of(2014, 8, 18))));
    assertThat(cited).isNotEqualTo(old);
    assertThat(register(newDocument(), full("TW", fields(symbol, null, null)))).isEqualTo(cited);
  }

  // ------------------------------------------------------------------------------- votes

  @Test
  void theMajorityDateWinsAndTheDisagreementIsRecorded() {
    String symbol = CitingArticles.number() + "-QĐ/TW";
    LocalDate feb28 = LocalDate.of(2022, 2, 28);
    long first = newDocument();
    long id = register(first, full("TW", fields(symbol, "Bộ Chính trị", feb28)));
    List<Long> majority = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      long doc = newDocument();
      majority.add(doc);
      assertThat(register(doc, full("TW", fields(symbol, "Bộ Chính trị", FEB_8)))).isEqualTo(id);
    }
    assertThat(rowsWithSymbol(symbol)).isEqualTo(1);
    RegulationDetail d = find(id).orElseThrow();
    assertThat(d.regulation().issuedOn()).isEqualTo(FEB_8);
    assertThat(d.conflicts())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.field()).isEqualTo("issuedOn");
              assertThat(c.chosen()).isEqualTo("2022-02-08");
              assertThat(c.values())
                  .containsExactly(
                      new FieldConflict.Value("2022-02-08", majority),
                      new FieldConflict.Value("2022-02-28", List.of(first)));
            });
  }

  @Test
  void aTieGoesToTheValueStatedFirst() {
    String symbol = CitingArticles.number() + "-QĐ/TW";
    long id =
        register(
            newDocument(),
            full("TW", withTitle(fields(symbol, "Bộ Chính trị", FEB_8), "Về công tác A")));
    register(
        newDocument(),
        full("TW", withTitle(fields(symbol, "Bộ Chính trị", FEB_8), "Về công tác B")));
    RegulationDetail d = find(id).orElseThrow();
    assertThat(d.regulation().title()).isEqualTo("Về công tác A");
    assertThat(d.conflicts()).extracting(FieldConflict::field).containsExactly("title");
  }

  @Test
  void theSubjectFormAndTheTitleAreOneValue() {
    // An invented subject: the tests share one database, and the seeds' 58-QĐ/TW (same issuer and
    // date) must stay the only regulation of that day about "bảo vệ chính trị" for the search
    // acceptance table.
    String symbol = CitingArticles.number() + "-QĐ/TW";
    long id =
        register(
            newDocument(),
            full(
                "TW",
                withTitle(
                    fields(symbol, "Bộ Chính trị", FEB_8), "về công tác lưu trữ tài liệu Đảng")));
    register(
        newDocument(),
        full(
            "TW",
            withTitle(fields(symbol, "Bộ Chính trị", FEB_8), "“Công tác lưu trữ tài liệu Đảng”")));
    assertThat(find(id).orElseThrow().conflicts()).isEmpty();
  }

  @Test
  void theKindIsVotedByFullCitationsOnly() {
    String number = CitingArticles.number();
    String symbol = number + "-QĐ/TW";
    long id = register(newDocument(), full("TW", fields(symbol, "Bộ Chính trị", FEB_8)));
    // Two articles call it "Quyết định số N" (a misnomer: QĐ serves both kinds).
    for (int i = 0; i < 2; i++) {
      StatedFields misnamed =
          new StatedFields(
              RegulationKind.DECISION, number, null, false, null, null, null, null, null, null);
      ArticleCitations a =
          new ArticleCitations(
              List.of(
                  new ArticleCitations.Mention(
                      0, 18, "Quyết định số " + number, CitationForm.SHORT, misnamed, "k")),
              List.of(
                  new ArticleCitations.CitedRegulation(
                      "k", "TW", withSymbol(misnamed, symbol, true), true)),
              List.of(),
              null);
      assertThat(registerAll(newDocument(), a).get("k")).isEqualTo(id);
    }
    RegulationDetail d = find(id).orElseThrow();
    assertThat(d.regulation().kind()).isEqualTo(RegulationKind.REGULATION);
    assertThat(d.citationCount()).isEqualTo(3);
    assertThat(d.conflicts()).isEmpty();
  }

  @Test
  void aSymbolIsInferredOnlyUntilACitationStatesIt() {
    String number = CitingArticles.number();
    String symbol = number + "-KL/TW";
    StatedFields stated =
        new StatedFields(
            RegulationKind.CONCLUSION,
            number,
            null,
            false,
            "Ban Chấp hành Trung ương",
            null,
            null,
            null,
            null,
            null);
    ArticleCitations shortOnly =
        new ArticleCitations(
            List.of(
                new ArticleCitations.Mention(
                    0, 15, "Kết luận số " + number, CitationForm.SHORT, stated, "k")),
            List.of(
                new ArticleCitations.CitedRegulation(
                    "k", "TW", withSymbol(stated, symbol, true), true)),
            List.of(),
            null);
    long id = registerAll(newDocument(), shortOnly).get("k");
    RegulationSummary inferred = find(id).orElseThrow().regulation();
    assertThat(inferred.symbol()).isEqualTo(symbol);
    assertThat(inferred.symbolInferred()).isTrue();

    long again =
        register(
            newDocument(),
            full(
                "TW",
                withKind(
                    fields(symbol, "Ban Chấp hành Trung ương", null), RegulationKind.CONCLUSION)));
    assertThat(again).isEqualTo(id);
    assertThat(find(id).orElseThrow().regulation().symbolInferred()).isFalse();
  }

  @Test
  void anIssuerImpliedByTheSymbolFillsAnUnstatedIssuer() {
    String symbol = CitingArticles.number() + "-HD/BTCTW";
    StatedFields stated = withKind(fields(symbol, null, FEB_8), RegulationKind.GUIDANCE);
    ArticleCitations a =
        new ArticleCitations(
            List.of(
                new ArticleCitations.Mention(
                    0, 20, "Hướng dẫn số " + symbol, CitationForm.FULL, stated, symbol)),
            List.of(
                new ArticleCitations.CitedRegulation(
                    symbol, "TW", withIssuer(stated, "Ban Tổ chức Trung ương"), true)),
            List.of(),
            null);
    long id = registerAll(newDocument(), a).get(symbol);
    assertThat(find(id).orElseThrow().regulation().issuer().name())
        .isEqualTo("Ban Tổ chức Trung ương");
  }

  // ------------------------------------------------------------------------------- short forms

  @Test
  void anUnresolvedShortMentionResolvesFromTheRegistryAcrossTheQdKinds() {
    String number = CitingArticles.number();
    long id = register(newDocument(), full("TW", fields(number + "-QĐ/TW", "Bộ Chính trị", FEB_8)));
    StatedFields shortDecision =
        new StatedFields(
            RegulationKind.DECISION, number, null, false, null, null, null, null, null, null);
    assertThat(registerAll(newDocument(), shortOnly(shortDecision)).get("k")).isEqualTo(id);
  }

  @Test
  void anUnknownShortMentionBecomesASymbolLessRegulationThatALaterSymbolAdopts() {
    String number = CitingArticles.number();
    StatedFields directive =
        new StatedFields(
            RegulationKind.DIRECTIVE, number, null, false, null, null, null, null, null, null);
    long shortId = registerAll(newDocument(), shortOnly(directive)).get("k");
    assertThat(find(shortId).orElseThrow().regulation().symbol()).isNull();
    // The same short mention in another article joins it.
    assertThat(registerAll(newDocument(), shortOnly(directive)).get("k")).isEqualTo(shortId);
    // A full citation with the symbol adopts it instead of creating a second regulation.
    long full =
        register(
            newDocument(),
            full(
                "TW",
                withKind(
                    fields(number + "-CT/TW", "Ban Bí thư", LocalDate.of(2014, 8, 18)),
                    RegulationKind.DIRECTIVE)));
    assertThat(full).isEqualTo(shortId);
    RegulationDetail d = find(full).orElseThrow();
    assertThat(d.regulation().symbol()).isEqualTo(number + "-CT/TW");
    assertThat(d.citationCount()).isEqualTo(3);
  }

  @Test
  void aShortMentionPrefersCentralAndOwnProvinceRegulations() {
    String number = CitingArticles.number();
    long central =
        register(
            newDocument(),
            full(
                "TW",
                withKind(
                    fields(number + "-CT/TW", "Ban Bí thư", LocalDate.of(2014, 8, 18)),
                    RegulationKind.DIRECTIVE)));
    long ngheAn =
        register(
            newDocument(),
            full(
                "TU@Nghệ An",
                withKind(
                    fields(
                        number + "-CT/TU",
                        "Ban Thường vụ Tỉnh ủy Nghệ An",
                        LocalDate.of(2020, 5, 20)),
                    RegulationKind.DIRECTIVE)));
    StatedFields shortDirective =
        new StatedFields(
            RegulationKind.DIRECTIVE, number, null, false, null, null, null, null, null, null);
    ArticleCitations inHaNam = withProvince(shortOnly(shortDirective), "Hà Nam");
    ArticleCitations inNgheAn = withProvince(shortOnly(shortDirective), "Nghệ An");
    assertThat(registerAll(newDocument(), inHaNam).get("k")).isEqualTo(central);
    assertThat(registerAll(newDocument(), inNgheAn).get("k")).isEqualTo(ngheAn);
  }

  // ------------------------------------------------------------------------------- relations

  @Test
  void aRelationStatedByTwoDocumentsIsOneRelationSeenFromBothEnds() {
    String newer = CitingArticles.number() + "-QĐ/TW";
    String older = CitingArticles.number() + "-QĐ/TW";
    Map<String, Long> ids = Map.of();
    for (int i = 0; i < 2; i++) {
      ArticleCitations a =
          new ArticleCitations(
              List.of(
                  new ArticleCitations.Mention(
                      0,
                      20,
                      "Quy định số " + newer,
                      CitationForm.FULL,
                      fields(newer, "Bộ Chính trị", FEB_8),
                      newer),
                  new ArticleCitations.Mention(
                      30,
                      50,
                      "Quy định số " + older,
                      CitationForm.FULL,
                      fields(older, "Bộ Chính trị", LocalDate.of(2018, 2, 28)),
                      older)),
              List.of(
                  new ArticleCitations.CitedRegulation(
                      newer, "TW", fields(newer, "Bộ Chính trị", FEB_8), true),
                  new ArticleCitations.CitedRegulation(
                      older, "TW", fields(older, "Bộ Chính trị", LocalDate.of(2018, 2, 28)), true)),
              List.of(
                  new ArticleCitations.StatedRelation(RelationType.REPLACES, newer, older, 0, 50),
                  new ArticleCitations.StatedRelation(RelationType.REPLACES, newer, newer, 0, 50)),
              null);
      ids = registerAll(newDocument(), a);
    }
    RegulationDetail source = find(ids.get(newer)).orElseThrow();
    RegulationDetail target = find(ids.get(older)).orElseThrow();
    assertThat(source.relations())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.type()).isEqualTo(RelationType.REPLACES);
              assertThat(r.direction()).isEqualTo(RelationDirection.OUTGOING);
              assertThat(r.regulation().symbol()).isEqualTo(older);
            });
    assertThat(target.relations())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.direction()).isEqualTo(RelationDirection.INCOMING);
              assertThat(r.regulation().id()).isEqualTo(source.id());
            });
    assertThat(
            Db.count("select count(*) from regulation_relation where source_id = ?", source.id()))
        .isEqualTo(2);
  }

  // ------------------------------------------------------------------------------- read-only

  @Test
  void resolveKnownWritesNothing() {
    String known = CitingArticles.number() + "-QĐ/TW";
    long id = register(newDocument(), full("TW", fields(known, "Bộ Chính trị", FEB_8)));
    String unknown = CitingArticles.number() + "-QĐ/TW";
    long before = Db.registryRows();
    Map<String, Long> resolved =
        registry.resolveKnown(
            new ArticleCitations(
                List.of(),
                List.of(
                    new ArticleCitations.CitedRegulation(
                        known, "TW", fields(known, null, null), true),
                    new ArticleCitations.CitedRegulation(
                        unknown, "TW", fields(unknown, "Bộ Chính trị", FEB_8), true)),
                List.of(),
                null));
    assertThat(resolved).containsExactly(Map.entry(known, id));
    assertThat(Db.registryRows()).isEqualTo(before);
  }

  // ------------------------------------------------------------------------------- concurrency

  @RepeatedTest(2)
  void sixteenConcurrentArticlesCitingOneNewRegulationCreateItOnce() throws Exception {
    int clients = 16;
    String symbol = CitingArticles.number() + "-QĐ/TW";
    List<Long> docs = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      docs.add(newDocument());
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<Long>> futures = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        long doc = docs.get(i);
        // Half the articles state the date, half do not: still one regulation.
        LocalDate date = i % 2 == 0 ? FEB_8 : null;
        Callable<Long> call =
            () -> {
              start.await();
              return register(doc, full("TW", fields(symbol, "Bộ Chính trị", date)));
            };
        futures.add(pool.submit(call));
      }
      start.countDown();
      List<Long> ids = new ArrayList<>();
      for (Future<Long> f : futures) {
        ids.add(f.get());
      }
      assertThat(ids).containsOnly(ids.getFirst());
      assertThat(rowsWithSymbol(symbol)).isEqualTo(1);
      RegulationDetail d = find(ids.getFirst()).orElseThrow();
      assertThat(d.citationCount()).isEqualTo(clients);
      assertThat(d.regulation().issuedOn()).isEqualTo(FEB_8);
      assertThat(Db.count("select count(*) from organization where name = 'Bộ Chính trị'"))
          .isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  // ------------------------------------------------------------------------------- helpers

  private long newDocument() {
    String body = "Bài kiểm thử sổ đăng ký " + UUID.randomUUID();
    NewDocument doc =
        new NewDocument(
            "Bài kiểm thử",
            null,
            null,
            null,
            null,
            null,
            body,
            body,
            List.of(),
            ContentHash.of(body),
            1);
    return QuarkusTransaction.requiringNew().call(() -> documents.insertIfAbsent(doc).id());
  }

  /**
   * Reads in a transaction of their own: outside a transaction, the test method's request-scoped
   * session would serve entities cached by an earlier read.
   */
  private java.util.Optional<RegulationDetail> find(long id) {
    return QuarkusTransaction.requiringNew().call(() -> queries.find(id));
  }

  private Map<String, Long> registerAll(long document, ArticleCitations article) {
    return QuarkusTransaction.requiringNew().call(() -> registry.register(document, article));
  }

  /** Registers a one-regulation article and returns that regulation's id. */
  private long register(long document, ArticleCitations article) {
    return registerAll(document, article).get(article.regulations().getFirst().key());
  }

  private static long rowsWithSymbol(String symbol) {
    return Db.count("select count(*) from regulation where symbol_key = ?", SymbolKeys.key(symbol));
  }

  /** A Quy định with this symbol (number before the dash), issuer and date. */
  private static StatedFields fields(String symbol, String issuer, LocalDate issuedOn) {
    String number = symbol.substring(0, symbol.indexOf('-'));
    return new StatedFields(
        RegulationKind.REGULATION, number, symbol, false, issuer, issuedOn, null, null, null, null);
  }

  private static StatedFields withTitle(StatedFields f, String title) {
    return new StatedFields(
        f.kind(),
        f.number(),
        f.symbol(),
        f.symbolInferred(),
        f.issuer(),
        f.issuedOn(),
        title,
        f.chapters(),
        f.articles(),
        f.term());
  }

  private static StatedFields withKind(StatedFields f, RegulationKind kind) {
    return new StatedFields(
        kind,
        f.number(),
        f.symbol(),
        f.symbolInferred(),
        f.issuer(),
        f.issuedOn(),
        f.title(),
        f.chapters(),
        f.articles(),
        f.term());
  }

  private static StatedFields withIssuer(StatedFields f, String issuer) {
    return new StatedFields(
        f.kind(),
        f.number(),
        f.symbol(),
        f.symbolInferred(),
        issuer,
        f.issuedOn(),
        f.title(),
        f.chapters(),
        f.articles(),
        f.term());
  }

  private static StatedFields withSymbol(StatedFields f, String symbol, boolean inferred) {
    return new StatedFields(
        f.kind(),
        f.number(),
        symbol,
        inferred,
        f.issuer(),
        f.issuedOn(),
        f.title(),
        f.chapters(),
        f.articles(),
        f.term());
  }

  /** An article with one full citation of one regulation, keyed by its symbol. */
  private static ArticleCitations full(String scope, StatedFields f) {
    return new ArticleCitations(
        List.of(
            new ArticleCitations.Mention(
                5, 25, f.kind().label() + " số " + f.symbol(), CitationForm.FULL, f, f.symbol())),
        List.of(new ArticleCitations.CitedRegulation(f.symbol(), scope, f, true)),
        List.of(),
        null);
  }

  /** An article with one short mention it could not resolve itself, keyed "k". */
  private static ArticleCitations shortOnly(StatedFields stated) {
    return new ArticleCitations(
        List.of(
            new ArticleCitations.Mention(
                0,
                15,
                stated.kind().label() + " số " + stated.number(),
                CitationForm.SHORT,
                stated,
                "k")),
        List.of(new ArticleCitations.CitedRegulation("k", null, stated, false)),
        List.of(),
        null);
  }

  private static ArticleCitations withProvince(ArticleCitations a, String province) {
    return new ArticleCitations(a.mentions(), a.regulations(), a.relations(), province);
  }
}
