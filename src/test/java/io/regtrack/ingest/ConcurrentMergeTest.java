package io.regtrack.ingest;

import static io.regtrack.MeetingArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.regtrack.CitingArticles;
import io.regtrack.Db;
import io.regtrack.MeetingArticles;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Concurrent ingestion ends as sequential ingestion does: the same regulations, meetings and
 * persons whatever the interleaving of the ingest transactions.
 */
@QuarkusTest
class ConcurrentMergeTest {
  static final LocalDate DAY = LocalDate.of(2022, 3, 16);
  static final LocalDate LATER = LocalDate.of(2022, 4, 7);

  /** Rounds of the randomized comparison (each ingests 11 articles twice). */
  static final int ROUNDS = Integer.getInteger("regtrack.stress.rounds", 4);

  @Inject IngestService ingest;
  @Inject UserTransaction tx;
  @Inject DataSource ds;

  /** Nghệ An's Standing Committee disseminates Quy định {n}-QĐ/TW (full citation), on 7/4. */
  static String fullCitation(String n, String official) {
    return article(
        "Nghệ An quán triệt Quy định số " + n + "-QĐ/TW",
        LATER,
        "Sáng 7/4, Ban Thường vụ Tỉnh ủy Nghệ An tổ chức hội nghị quán triệt Quy định số "
            + n
            + "-QĐ/TW của Bộ Chính trị. Đồng chí "
            + official
            + ", Phó Bí thư Tỉnh ủy chủ trì hội nghị.");
  }

  /** The same meeting citing "Quy định số {n}" by number only, and Quy định {m}-QĐ/TW. */
  static String shortCitation(String n, String m, String official) {
    return article(
        "Nghệ An triển khai hai Quy định của Bộ Chính trị",
        LATER,
        "Sáng 7/4, Ban Thường vụ Tỉnh ủy Nghệ An tổ chức hội nghị triển khai Quy định số "
            + n
            + " và Quy định số "
            + m
            + "-QĐ/TW của Bộ Chính trị. Đồng chí "
            + official
            + ", Phó Bí thư Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy chủ trì hội nghị.");
  }

  /**
   * The interleaving that made two regulations (and so two meetings): one ingest is inside its
   * transaction, past the registry, uncommitted; the other runs its registry step meanwhile. The
   * short mention "Quy định số n" and the full "n-QĐ/TW" are different series, so the series locks
   * did not order them: the short one, not finding n-QĐ/TW in the registry, created a symbol-less
   * regulation; the full one, not finding a symbol-less twin to adopt, created n-QĐ/TW. Ingested
   * one after the other, in either order, they are one regulation and one meeting.
   */
  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aShortAndAFullCitationIngestedTogetherAreOneRegulationAndOneMeeting(boolean shortFirst)
      throws Exception {
    String n = CitingArticles.number();
    String m = CitingArticles.number();
    String official = MeetingArticles.name();
    String first = shortFirst ? shortCitation(n, m, official) : fullCitation(n, official);
    String second = shortFirst ? fullCitation(n, official) : shortCitation(n, m, official);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch ingested = new CountDownLatch(1);
      CountDownLatch commit = new CountDownLatch(1);
      Future<Long> open =
          pool.submit(
              () -> {
                tx.begin();
                try {
                  long id = ingest.ingest(ArticleSubmission.ofText(first)).documentId();
                  ingested.countDown();
                  commit.await();
                  tx.commit();
                  return id;
                } catch (Exception | Error e) {
                  tx.rollback();
                  throw e;
                }
              });
      assertThat(ingested.await(30, TimeUnit.SECONDS)).as("first ingest done").isTrue();
      Future<Long> concurrent =
          pool.submit(() -> ingest.ingest(ArticleSubmission.ofText(second)).documentId());
      // Let the second ingest run until it waits for the first transaction (it must, at the
      // latest for the meeting date's lock), then commit the first.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (!concurrent.isDone()
          && Db.count("select count(*) from pg_locks where locktype = 'advisory' and not granted")
              == 0
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      commit.countDown();
      Long[] documents = {open.get(30, TimeUnit.SECONDS), concurrent.get(30, TimeUnit.SECONDS)};

      assertThat(
              Db.count(
                  "select count(distinct regulation_id) from citation"
                      + " where document_id = any(?) and stated_number = ?",
                  documents,
                  n))
          .as("regulations cited as Quy định %s", n)
          .isEqualTo(1);
      assertThat(Db.count("select count(*) from regulation where number = ?", n)).isEqualTo(1);
      assertThat(
              Db.count(
                  "select count(distinct meeting_id) from meeting_document"
                      + " where document_id = any(?)",
                  (Object) documents))
          .as("meetings")
          .isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Articles that merge meetings (also transitively, through a third report citing two regulations)
   * and persons (also through a third appearance stating two posts), with homonyms that stay apart,
   * ingested all at once and, with other names and numbers, one by one in a random order: the
   * regulations, meetings and persons, as partitions of the articles, are the same.
   */
  @Test
  void concurrentIngestionEndsAsSequentialIngestionDoes() throws Exception {
    List<String> differences = new ArrayList<>();
    Random random = new Random();
    for (int round = 0; round < ROUNDS; round++) {
      String concurrent = snapshot(run(random, true));
      String sequential = snapshot(run(random, false));
      if (!concurrent.equals(sequential)) {
        differences.add("concurrent " + concurrent + "\nsequential " + sequential);
      }
    }
    assertThat(differences).isEmpty();
  }

  /** Persons a (chair), b (deputy), c (official), d (a homonym of the chair's post elsewhere). */
  static List<String> articles(String a, String b, String c, String d, String n, String m) {
    List<String> out = new ArrayList<>();
    for (int copy = 0; copy < 2; copy++) {
      out.add(
          article(
              "Sóc Trăng: Hội nghị quán triệt Quy định số " + n + "-QĐ/TW",
              DAY,
              "Sáng 16/3, Ban Thường vụ Tỉnh ủy Sóc Trăng tổ chức hội nghị quán triệt Quy định số "
                  + n
                  + "-QĐ/TW ngày 8/2/2022 của Bộ Chính trị. Đồng chí "
                  + a
                  + ", Bí thư Tỉnh ủy chủ trì hội nghị. Dự hội nghị có đồng chí "
                  + b
                  + ", Phó Chủ tịch UBND tỉnh.",
              "Hội nghị được tổ chức trực tuyến với 11 điểm cầu cấp huyện."));
      out.add(
          article(
              "Quán triệt Quy định " + n + " của Bộ Chính trị tại Sóc Trăng",
              DAY,
              "Sáng 16/3, Tỉnh ủy Sóc Trăng tổ chức hội nghị trực tuyến quán triệt Quy định số "
                  + n
                  + "-QĐ/TW của Bộ Chính trị. Đồng chí "
                  + b
                  + ", Phó Chủ tịch UBND tỉnh phát biểu tại hội nghị. Đồng chí "
                  + a
                  + ", Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy dự hội nghị."));
    }
    out.add(
        article(
            "Sóc Trăng quán triệt Quy định số " + m + "-QĐ/TW",
            DAY,
            "Sáng 16/3, Tỉnh ủy Sóc Trăng tổ chức hội nghị quán triệt Quy định số "
                + m
                + "-QĐ/TW của Bộ Chính trị. Đồng chí "
                + b
                + " phát biểu tại hội nghị."));
    out.add(
        article(
            "Sóc Trăng quán triệt hai Quy định của Bộ Chính trị",
            DAY,
            "Sáng 16/3, Tỉnh ủy Sóc Trăng tổ chức hội nghị quán triệt Quy định số "
                + n
                + "-QĐ/TW và Quy định số "
                + m
                + "-QĐ/TW của Bộ Chính trị. Đồng chí "
                + a
                + ", Bí thư Tỉnh ủy chủ trì hội nghị."));
    out.add(
        article(
            "Bắc Giang quán triệt Quy định số " + m + "-QĐ/TW",
            LATER,
            "Sáng 7/4, Ban Thường vụ Tỉnh ủy Bắc Giang tổ chức hội nghị quán triệt Quy định số "
                + m
                + "-QĐ/TW của Bộ Chính trị. Đồng chí "
                + a
                + ", Ủy viên Trung ương Đảng dự hội nghị. Đồng chí "
                + d
                + ", Bí thư Tỉnh ủy chủ trì hội nghị."));
    out.add(fullCitation(n, c));
    out.add(
        article(
            "Nghệ An sơ kết Quy định số " + m + "-QĐ/TW",
            LATER,
            "Sáng 7/4, Tỉnh ủy Nghệ An tổ chức hội nghị sơ kết Quy định số "
                + m
                + "-QĐ/TW của Bộ Chính trị. Đồng chí "
                + c
                + ", Trưởng Ban Tổ chức Tỉnh ủy chủ trì hội nghị."));
    out.add(shortCitation(n, m, c));
    out.add(
        article(
            "Sóc Trăng triển khai Quy định số " + m + "-QĐ/TW",
            LATER,
            "Sáng 7/4, Ban Tổ chức Tỉnh ủy Sóc Trăng tổ chức hội nghị triển khai Quy định số "
                + m
                + "-QĐ/TW của Bộ Chính trị. Phát biểu kết luận hội nghị, đồng chí "
                + a
                + " đề nghị các cấp ủy triển khai nghiêm túc. Dự hội nghị có đồng chí "
                + d
                + "."));
    return out;
  }

  /** The document id of each article (by slot) and the role of each name. */
  record Run(List<Long> documents, Map<String, String> roles) {}

  private Run run(Random random, boolean concurrently) throws Exception {
    List<String> names = new ArrayList<>();
    Map<String, String> roles = new HashMap<>();
    for (String role : List.of("A", "B", "C", "D")) {
      String name = MeetingArticles.name();
      names.add(name);
      roles.put(name, role);
    }
    List<String> texts =
        articles(
            names.get(0),
            names.get(1),
            names.get(2),
            names.get(3),
            CitingArticles.number(),
            CitingArticles.number());
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    Long[] ids = new Long[texts.size()];
    if (!concurrently) {
      for (int slot : order) {
        ids[slot] = ingest.ingest(ArticleSubmission.ofText(texts.get(slot))).documentId();
      }
      return new Run(List.of(ids), roles);
    }
    ExecutorService pool = Executors.newFixedThreadPool(texts.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> futures = new ArrayList<>();
      for (int slot : order) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  ids[slot] = ingest.ingest(ArticleSubmission.ofText(texts.get(slot))).documentId();
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return new Run(List.of(ids), roles);
  }

  /**
   * Regulations, meetings and persons (by role) as partitions of article slots, without ids; and
   * participants that are not the person the same document names.
   */
  private String snapshot(Run run) throws SQLException {
    Map<Long, Integer> slot = new HashMap<>();
    for (int i = 0; i < run.documents().size(); i++) {
      slot.put(run.documents().get(i), i);
    }
    Long[] docs = run.documents().toArray(Long[]::new);
    Map<Long, TreeSet<String>> regulations = new TreeMap<>();
    Map<Long, TreeSet<String>> meetings = new TreeMap<>();
    Map<Long, TreeSet<Integer>> persons = new TreeMap<>();
    Map<Long, String> roleOfPerson = new HashMap<>();
    Map<String, Long> personOf = new HashMap<>();
    List<String> problems = new ArrayList<>();
    try (Connection c = ds.getConnection()) {
      for (Object[] r :
          rows(
              c,
              "select c.document_id, c.regulation_id, c.form from citation c"
                  + " where c.document_id = any(?)",
              docs)) {
        regulations
            .computeIfAbsent((Long) r[1], k -> new TreeSet<>())
            .add(slot.get((Long) r[0]) + ((String) r[2]).substring(0, 1));
      }
      for (Object[] r :
          rows(
              c,
              "select document_id, report_no, meeting_id from meeting_document"
                  + " where document_id = any(?)",
              docs)) {
        meetings
            .computeIfAbsent((Long) r[2], k -> new TreeSet<>())
            .add(slot.get((Long) r[0]) + "." + r[1]);
      }
      for (Object[] r :
          rows(
              c,
              "select document_id, person_id, name from document_person"
                  + " where document_id = any(?)",
              docs)) {
        String role = run.roles().get((String) r[2]);
        if (role != null) {
          persons.computeIfAbsent((Long) r[1], k -> new TreeSet<>()).add(slot.get((Long) r[0]));
          roleOfPerson.put((Long) r[1], role);
          personOf.put(r[0] + "/" + role, (Long) r[1]);
        }
      }
      for (Object[] r :
          rows(
              c,
              "select md.document_id, mp.person_id, p.name, mp.meeting_id = md.meeting_id"
                  + " from meeting_participant mp join meeting_document md on md.id = mp.report_id"
                  + " join person p on p.id = mp.person_id where md.document_id = any(?)",
              docs)) {
        String role = run.roles().get((String) r[2]);
        if (!r[1].equals(personOf.get(r[0] + "/" + role)) || !(Boolean) r[3]) {
          problems.add("participant " + role + " in article " + slot.get((Long) r[0]));
        }
      }
    }
    Map<String, TreeSet<String>> personsByRole = new TreeMap<>();
    persons.forEach(
        (id, slots) ->
            personsByRole
                .computeIfAbsent(roleOfPerson.get(id), k -> new TreeSet<>())
                .add(slots.toString()));
    return "regulations="
        + new TreeSet<>(regulations.values().stream().map(TreeSet::toString).toList())
        + " meetings="
        + new TreeSet<>(meetings.values().stream().map(TreeSet::toString).toList())
        + " persons="
        + personsByRole
        + " problems="
        + problems;
  }

  private static List<Object[]> rows(Connection c, String sql, Long[] documents)
      throws SQLException {
    List<Object[]> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setArray(1, c.createArrayOf("bigint", documents));
      try (ResultSet rs = ps.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          Object[] row = new Object[columns];
          for (int i = 0; i < columns; i++) {
            row[i] = rs.getObject(i + 1);
          }
          out.add(row);
        }
      }
    }
    return out;
  }
}
