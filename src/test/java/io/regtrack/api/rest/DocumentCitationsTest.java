package io.regtrack.api.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.regtrack.CitingArticles;
import io.regtrack.Db;
import io.regtrack.TestKeys;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The document response's citations (DESIGN.md §4) and citation storage through ingestion. */
@QuarkusTest
class DocumentCitationsTest {

  private static Response post(String text) {
    return given()
        .header("Authorization", TestKeys.EDITOR)
        .contentType("text/plain; charset=utf-8")
        .body(text)
        .post("/api/v1/documents");
  }

  @Test
  void citationsHaveTheContractShape() {
    String n = CitingArticles.number();
    String m = CitingArticles.number();
    String text =
        CitingArticles.article(
            "Quy định số "
                + n
                + "-QĐ/TW ngày 8-2-2022 của Bộ Chính trị “Một số vấn đề về thử nghiệm "
                + n
                + "” gồm 6 chương, 22 điều, thay thế Quy định số "
                + m
                + "-QĐ/TW ngày 28/02/2018 của Bộ Chính trị. Các cấp ủy quán triệt Quy định số "
                + n
                + ".");
    Response created = post(text);
    created.then().statusCode(201);
    JsonPath doc = created.jsonPath();
    String body = doc.getString("body");
    List<Map<String, Object>> citations = doc.getList("citations");
    assertThat(citations).hasSize(3);
    for (Map<String, Object> c : citations) {
      assertThat(c)
          .containsOnlyKeys("id", "nodeId", "text", "start", "end", "form", "stated", "regulation");
      assertThat(body.substring((Integer) c.get("start"), (Integer) c.get("end")))
          .isEqualTo(c.get("text"));
      @SuppressWarnings("unchecked")
      Map<String, Object> stated = (Map<String, Object>) c.get("stated");
      assertThat(stated).containsKeys("kind", "number", "symbol", "issuer", "issuedOn", "title");
      @SuppressWarnings("unchecked")
      Map<String, Object> regulation = (Map<String, Object>) c.get("regulation");
      assertThat(regulation)
          .containsKeys(
              "id",
              "kind",
              "kindLabel",
              "number",
              "symbol",
              "symbolInferred",
              "issuer",
              "issuedOn",
              "title",
              "chapters",
              "articles",
              "relations",
              "citationCount",
              "meetingCount");
    }
    assertThat(doc.getString("citations[0].text")).isEqualTo("Quy định số " + n + "-QĐ/TW");
    assertThat(doc.getString("citations[0].form")).isEqualTo("FULL");
    assertThat(doc.getString("citations[0].stated.kind")).isEqualTo("REGULATION");
    assertThat(doc.getString("citations[0].stated.issuer")).isEqualTo("Bộ Chính trị");
    assertThat(doc.getString("citations[0].stated.issuedOn")).isEqualTo("2022-02-08");
    assertThat(doc.getInt("citations[0].stated.chapters")).isEqualTo(6);
    assertThat(doc.getInt("citations[0].regulation.articles")).isEqualTo(22);
    assertThat(doc.getString("citations[0].regulation.issuer.name")).isEqualTo("Bộ Chính trị");
    assertThat(doc.getString("citations[0].regulation.title"))
        .isEqualTo("Một số vấn đề về thử nghiệm " + n);
    assertThat(doc.getString("citations[0].regulation.relations[0].type")).isEqualTo("REPLACES");
    assertThat(doc.getString("citations[0].regulation.relations[0].direction"))
        .isEqualTo("OUTGOING");
    assertThat(doc.getString("citations[0].regulation.relations[0].regulation.symbol"))
        .isEqualTo(m + "-QĐ/TW");
    assertThat(doc.getString("citations[1].regulation.symbol")).isEqualTo(m + "-QĐ/TW");
    assertThat(doc.getString("citations[1].regulation.issuedOn")).isEqualTo("2018-02-28");
    assertThat(doc.getString("citations[2].form")).isEqualTo("SHORT");
    assertThat(doc.getLong("citations[2].regulation.id"))
        .isEqualTo(doc.getLong("citations[0].regulation.id"));
    assertThat(doc.getInt("citations[0].regulation.citationCount")).isEqualTo(2);

    long id = doc.getLong("id");
    JsonPath read =
        given().get("/api/v1/documents/" + id).then().statusCode(200).extract().jsonPath();
    assertThat(read.getList("citations")).isEqualTo(citations);
  }

  @Test
  void aDuplicateIngestAddsNoCitation() {
    String n = CitingArticles.number();
    String text =
        CitingArticles.article(
            "Quán triệt Chỉ thị số " + n + "-CT/TW ngày 18/8/2014 của Ban Bí thư.");
    long id = post(text).then().statusCode(201).extract().jsonPath().getLong("id");
    long citations = Db.count("select count(*) from citation where document_id = ?", id);
    long rows = Db.registryRows();
    assertThat(citations).isEqualTo(1);
    post(text).then().statusCode(200);
    post(text.replace("\n", "\r\n")).then().statusCode(200);
    assertThat(Db.count("select count(*) from citation where document_id = ?", id))
        .isEqualTo(citations);
    assertThat(Db.registryRows()).isEqualTo(rows);
  }

  @Test
  void sixteenConcurrentArticlesCitingOneNewRegulationCreateItOnce() throws Exception {
    int clients = 16;
    String n = CitingArticles.number();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<Response>> futures = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        // Different articles; half state the date, all cite the same new regulation.
        String sentence =
            "Quán triệt Nghị quyết số "
                + n
                + "-NQ/TW"
                + (i % 2 == 0 ? " ngày 16/6/2022" : "")
                + " của Ban Chấp hành Trung ương.";
        String text = CitingArticles.article(sentence);
        Callable<Response> call =
            () -> {
              start.await();
              return post(text);
            };
        futures.add(pool.submit(call));
      }
      start.countDown();
      for (Future<Response> f : futures) {
        assertThat(f.get().statusCode()).isEqualTo(201);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(Db.count("select count(*) from regulation where symbol_key = ?", n + "-NQ/TW"))
        .isEqualTo(1);
    JsonPath reg = RegulationApiTest.lookup(n + "-NQ/TW");
    assertThat(reg.getInt("documentCount")).isEqualTo(clients);
    assertThat(reg.getString("issuedOn")).isEqualTo("2022-06-16");
  }

  @Test
  void theMajorityDateWinsOverTheFirstStatedAndTheConflictIsShown() {
    String n = CitingArticles.number();
    List<Long> majority = new ArrayList<>();
    long minority =
        RegulationApiTest.ingest(
            "Quán triệt Quy định số " + n + "-QĐ/TW ngày 28/2/2022 của Bộ Chính trị.");
    for (int i = 0; i < 3; i++) {
      majority.add(
          RegulationApiTest.ingest(
              "Quán triệt Quy định số " + n + "-QĐ/TW ngày 8-2-2022 của Bộ Chính trị."));
    }
    JsonPath reg = RegulationApiTest.lookup(n + "-QĐ/TW");
    assertThat(Db.count("select count(*) from regulation where symbol_key = ?", n + "-QĐ/TW"))
        .isEqualTo(1);
    assertThat(reg.getString("issuedOn")).isEqualTo("2022-02-08");
    assertThat(reg.getString("conflicts[0].field")).isEqualTo("issuedOn");
    assertThat(reg.getString("conflicts[0].chosen")).isEqualTo("2022-02-08");
    assertThat(reg.getString("conflicts[0].values[0].value")).isEqualTo("2022-02-08");
    assertThat(reg.getList("conflicts[0].values[0].documents", Long.class))
        .containsExactlyElementsOf(majority);
    assertThat(reg.getList("conflicts[0].values[1].documents", Long.class))
        .containsExactly(minority);
  }
}
