package io.regtrack.search;

import io.quarkus.test.junit.QuarkusTest;
import io.regtrack.shared.text.SymbolKeys;
import io.regtrack.shared.text.TextKeys;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * The search benchmark (docs/PERFORMANCE.md), not a unit test: surefire runs it only when named,
 * and it does nothing unless {@code -Dregtrack.search-bench=true}:
 *
 * <pre>
 * ./mvnw test -Dtest=SearchBenchmark -Dregtrack.search-bench=true
 * </pre>
 *
 * <p>It loads {@value #DEFAULT_DOCUMENTS} generated articles into the test's embedded database –
 * meeting reports recombined from realistic sentences with varied provinces, regulations, persons,
 * dates and attendance – with the regulations they cite, their meetings (with participants and
 * regulations) and their persons, by COPY straight into the tables (not through ingestion: this
 * measures search, not extraction). The GIN indexes of {@code document} are dropped for the load
 * and recreated after it, then every table is analyzed. It then requests {@code GET /api/v1/search}
 * (and the document list with {@code q}) over HTTP for 20 query shapes, {@code
 * -Dregtrack.search-bench.runs} times each after a warm-up ({@code -Dregtrack.search-bench.warmup}
 * rounds over all shapes, default 20, then 10 requests of the shape), and prints p50/p95/p99 per
 * shape (also written to {@code target/search-benchmark.md}).
 */
@QuarkusTest
class SearchBenchmark {
  static final int DEFAULT_DOCUMENTS = 100_000;

  private static final Random RANDOM = new Random(20_260_207);

  @Inject DataSource dataSource;

  @ConfigProperty(name = "quarkus.http.test-port", defaultValue = "8081")
  int port;

  // ------------------------------------------------------------------------------- vocabulary

  private static final String[] SURNAMES = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
    "Ngô", "Dương", "Lý", "Lâm", "Trịnh", "Đinh", "Mai", "Tô", "Hà", "Lương", "Chu"
  };
  private static final String[] MIDDLE = {
    "Văn", "Thị", "Minh", "Quốc", "Thanh", "Hữu", "Đức", "Ngọc", "Xuân", "Công", "Hoàng", "Thành",
    "Quang", "Kim", "Bá", "Thu", "Hồng", "Anh", "Tấn", "Trọng"
  };
  private static final String[] GIVEN = {
    "An", "Bình", "Cường", "Dũng", "Hùng", "Lan", "Mai", "Tâm", "Hưng", "Mẫn", "Lâu", "Phương",
    "Khải", "Sơn", "Thắng", "Tuấn", "Hải", "Long", "Nam", "Hà", "Hiếu", "Toàn", "Vinh", "Quyết",
    "Thảo", "Hạnh", "Đức", "Hòa", "Lợi", "Nghĩa", "Trung", "Thủy", "Yến", "Phúc"
  };
  private static final String[] POSITIONS = {
    "Bí thư Tỉnh ủy",
    "Phó Bí thư Thường trực Tỉnh ủy",
    "Chủ tịch UBND tỉnh",
    "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy",
    "Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy",
    "Phó Trưởng Ban Tổ chức Trung ương",
    "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy",
    "Trưởng Ban Tuyên giáo Tỉnh ủy",
    "Trưởng Ban Dân vận Tỉnh ủy",
    "Chủ tịch HĐND tỉnh"
  };
  private static final String[] SUBJECTS = {
    "Một số vấn đề về bảo vệ chính trị nội bộ Đảng",
    "phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử",
    "công tác kiểm tra, giám sát và kỷ luật của Đảng",
    "nâng cao chất lượng kết nạp đảng viên và rà soát, sàng lọc đảng viên",
    "tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái",
    "công tác dân vận của hệ thống chính trị",
    "thi hành Điều lệ Đảng",
    "trách nhiệm nêu gương của cán bộ, đảng viên",
    "kiểm soát quyền lực trong công tác cán bộ",
    "xử lý kỷ luật tổ chức đảng và đảng viên vi phạm",
    "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "tăng cường công tác bảo vệ bí mật nhà nước trong tình hình mới",
    "công tác phát triển đảng viên ở cơ sở",
    "nâng cao chất lượng sinh hoạt chi bộ",
    "phòng, chống tham nhũng, tiêu cực",
    "xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh",
    "đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị",
    "khuyến khích và bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung",
    "công tác tuyên giáo trong tình hình mới",
    "tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên",
    "quy chế bầu cử trong Đảng",
    "công tác thi đua, khen thưởng",
    "tiếp công dân, giải quyết khiếu nại, tố cáo",
    "công tác quốc phòng, quân sự địa phương"
  };

  /** Kind label, code, enum name. */
  private static final String[][] KINDS = {
    {"Quy định", "QĐ", "REGULATION"},
    {"Chỉ thị", "CT", "DIRECTIVE"},
    {"Nghị quyết", "NQ", "RESOLUTION"},
    {"Kết luận", "KL", "CONCLUSION"},
    {"Hướng dẫn", "HD", "GUIDANCE"},
    {"Quyết định", "QĐ", "DECISION"},
    {"Kế hoạch", "KH", "PLAN"}
  };

  private static final String[] CENTRAL = {
    "Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương", "Ban Tổ chức Trung ương"
  };

  // ---------------------------------------------------------------------------------- records

  record Prov(long id, String name, long todayId) {}

  record Reg(
      long id,
      String label,
      String code,
      String kind,
      String number,
      String symbol,
      LocalDate on,
      String title) {}

  record Per(long id, String name, String position) {}

  @Test
  void run() throws Exception {
    Assumptions.assumeTrue(
        Boolean.getBoolean("regtrack.search-bench"),
        "the search benchmark runs only with -Dregtrack.search-bench=true");
    int documents = Integer.getInteger("regtrack.search-bench.documents", DEFAULT_DOCUMENTS);
    int runs = Integer.getInteger("regtrack.search-bench.runs", 50);
    long t0 = System.nanoTime();
    Data data = load(documents);
    long loaded = System.nanoTime();
    int hold = Integer.getInteger("regtrack.search-bench.hold-seconds", 0);
    if (hold > 0) {
      // Keeps the loaded server up for probing by hand (curl, EXPLAIN) before measuring.
      System.out.printf("holding the loaded server on port %d for %d s%n", port, hold);
      Thread.sleep(hold * 1000L);
    }
    String table = measure(data, runs);
    long done = System.nanoTime();
    String report =
        String.format(
                Locale.ROOT,
                "Loaded %,d documents (%,d regulations, %,d persons, %,d meetings) in %.0f s;"
                    + " measured %d runs per shape in %.0f s.%n%n",
                documents,
                data.regulations.size(),
                data.persons.size(),
                data.meetings,
                (loaded - t0) / 1e9,
                runs,
                (done - loaded) / 1e9)
            + table;
    System.out.println(report);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "search-benchmark.md"), report);
  }

  // ------------------------------------------------------------------------------------ load

  static final class Data {
    List<Prov> provinces = new ArrayList<>();
    List<Reg> regulations = new ArrayList<>();
    List<Per> persons = new ArrayList<>();
    int meetings;
  }

  private Data load(int n) throws Exception {
    Data data = new Data();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      PGConnection pg = c.unwrap(PGConnection.class);
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery("select id, name, coalesce(successor_id, id) from province")) {
        while (rs.next()) {
          data.provinces.add(new Prov(rs.getLong(1), rs.getString(2), rs.getLong(3)));
        }
      }
      // Organizations: the central issuers and each province's standing committee.
      List<Long> central = new ArrayList<>();
      for (String name : CENTRAL) {
        central.add(organization(c, name, "PARTY_CENTRAL", null));
      }
      Map<Long, Long> committees = new LinkedHashMap<>();
      for (Prov p : data.provinces) {
        committees.put(
            p.id(), organization(c, "Ban Thường vụ Tỉnh ủy " + p.name(), "PARTY_LOCAL", p.id()));
      }

      // Regulations.
      int regulationCount = Math.max(200, n / 33);
      StringBuilder rows = new StringBuilder();
      List<Reg> regs = new ArrayList<>();
      for (int i = 0; i < regulationCount; i++) {
        String[] kind = KINDS[i % KINDS.length];
        boolean local = i % 5 == 0;
        Prov prov = data.provinces.get(i % data.provinces.size());
        String number = String.valueOf(1 + RANDOM.nextInt(400));
        String symbol = number + "-" + kind[1] + "/" + (local ? "TU" : "TW");
        LocalDate on = LocalDate.of(2010, 1, 1).plusDays(RANDOM.nextInt(5800));
        String title = pick(SUBJECTS);
        long issuer = local ? committees.get(prov.id()) : central.get(i % central.size());
        Reg r = new Reg(0, kind[0], kind[1], kind[2], number, symbol, on, title);
        regs.add(r);
        String scope = local ? "tu:" + prov.id() : "tw";
        row(
            rows,
            "bench|" + i + "|" + symbol + "|" + scope + "|" + on.getYear(),
            symbol + "|" + scope,
            kind[2],
            number,
            symbol,
            SymbolKeys.key(symbol),
            SymbolKeys.loose(symbol),
            String.valueOf(issuer),
            on.toString(),
            title,
            TextKeys.fold(kind[0] + " " + number + " " + symbol + " " + title));
      }
      List<Long> regIds =
          copy(
              c,
              pg,
              "regulation",
              "identity_key, series_key, kind, number, symbol, symbol_key, symbol_loose,"
                  + " issuer_id, issued_on, title, search_key",
              rows);
      for (int i = 0; i < regs.size(); i++) {
        Reg r = regs.get(i);
        data.regulations.add(
            new Reg(
                regIds.get(i),
                r.label(),
                r.code(),
                r.kind(),
                r.number(),
                r.symbol(),
                r.on(),
                r.title()));
      }

      // Persons.
      rows = new StringBuilder();
      List<String[]> people = new ArrayList<>();
      int personCount = Math.max(300, n / 16);
      for (int i = 0; i < personCount; i++) {
        String name =
            SURNAMES[i % SURNAMES.length]
                + " "
                + MIDDLE[(i / SURNAMES.length) % MIDDLE.length]
                + " "
                + GIVEN[(i / (SURNAMES.length * MIDDLE.length)) % GIVEN.length];
        String position = POSITIONS[i % POSITIONS.length];
        people.add(new String[] {name, position});
        row(rows, name, TextKeys.nameKey(name), TextKeys.fold(name), array(position));
      }
      List<Long> personIds = copy(c, pg, "person", "name, name_key, name_fold, positions", rows);
      for (int i = 0; i < people.size(); i++) {
        data.persons.add(new Per(personIds.get(i), people.get(i)[0], people.get(i)[1]));
      }

      // Documents, without their GIN indexes (recreated after the load).
      List<String> indexes = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "select indexname, indexdef from pg_indexes where tablename = 'document'"
                      + " and indexdef like '%USING gin%'")) {
        while (rs.next()) {
          indexes.add(rs.getString(2));
          try (Statement drop = c.createStatement()) {
            drop.execute("drop index " + rs.getString(1));
          }
        }
      }
      List<Article> articles = new ArrayList<>(n);
      List<Long> documentIds = new ArrayList<>(n);
      for (int from = 0; from < n; from += 10_000) {
        rows = new StringBuilder();
        for (int i = from; i < Math.min(n, from + 10_000); i++) {
          Article a = article(i, data);
          articles.add(a);
          row(
              rows,
              a.title,
              a.body,
              a.body,
              sha256(a.body),
              "1",
              a.published == null ? null : a.published.toString(),
              "Báo " + a.province.name());
        }
        documentIds.addAll(
            copy(
                c,
                pg,
                "document",
                "title, body, raw_text, content_hash, extractor_version, published_on, source",
                rows));
      }
      for (String def : indexes) {
        try (Statement s = c.createStatement()) {
          s.execute(def);
        }
      }

      // Citations, persons of documents, meetings with their reports, regulations, participants.
      StringBuilder citations = new StringBuilder();
      StringBuilder documentPersons = new StringBuilder();
      StringBuilder meetings = new StringBuilder();
      List<Integer> meetingArticles = new ArrayList<>();
      for (int i = 0; i < articles.size(); i++) {
        Article a = articles.get(i);
        long doc = documentIds.get(i);
        int span = a.body.indexOf(a.regulation.symbol());
        row(
            citations,
            String.valueOf(doc),
            String.valueOf(a.regulation.id()),
            a.regulation.symbol(),
            String.valueOf(Math.max(0, span)),
            String.valueOf(Math.max(0, span) + a.regulation.symbol().length()),
            "FULL");
        for (int j = 0; j < a.people.size(); j++) {
          Per p = a.people.get(j);
          row(
              documentPersons,
              String.valueOf(doc),
              String.valueOf(p.id()),
              String.valueOf(j),
              p.name(),
              array(p.position()),
              String.valueOf(a.province.id()));
        }
        if (i % 5 != 4) { // four articles in five report a meeting
          meetingArticles.add(i);
          row(
              meetings,
              a.title,
              a.kind,
              a.meetingDate == null ? null : a.meetingDate.toString(),
              String.valueOf(a.province.id()),
              String.valueOf(a.province.todayId()),
              String.valueOf(committees.get(a.province.id())),
              String.valueOf(a.attendees));
        }
      }
      copy(
          c,
          pg,
          "citation",
          "document_id, regulation_id, text, span_start, span_end, form",
          citations);
      copy(
          c,
          pg,
          "document_person",
          "document_id, person_id, ordinal, name, positions, province_id",
          documentPersons);
      List<Long> meetingIds =
          copy(
              c,
              pg,
              "meeting",
              "title, kind, date, province_id, province_today_id, organizer_id, attendee_count",
              meetings);
      data.meetings = meetingIds.size();
      StringBuilder reports = new StringBuilder();
      for (int m = 0; m < meetingIds.size(); m++) {
        Article a = articles.get(meetingArticles.get(m));
        row(
            reports,
            String.valueOf(meetingIds.get(m)),
            String.valueOf(documentIds.get(meetingArticles.get(m))),
            "0",
            a.title,
            a.kind,
            a.meetingDate == null ? null : a.meetingDate.toString(),
            String.valueOf(a.province.id()),
            String.valueOf(a.province.todayId()));
      }
      List<Long> reportIds =
          copy(
              c,
              pg,
              "meeting_document",
              "meeting_id, document_id, report_no, title, kind, date, province_id,"
                  + " province_today_id",
              reports);
      StringBuilder links = new StringBuilder();
      StringBuilder participants = new StringBuilder();
      for (int m = 0; m < meetingIds.size(); m++) {
        Article a = articles.get(meetingArticles.get(m));
        row(
            links,
            String.valueOf(meetingIds.get(m)),
            String.valueOf(reportIds.get(m)),
            String.valueOf(a.regulation.id()),
            "0",
            a.kind.equals("REVIEW") ? "REVIEWED" : "DISSEMINATED");
        for (int j = 0; j < a.people.size(); j++) {
          row(
              participants,
              String.valueOf(meetingIds.get(m)),
              String.valueOf(reportIds.get(m)),
              String.valueOf(a.people.get(j).id()),
              String.valueOf(j),
              j == 0 ? "CHAIR" : "ATTENDEE",
              array(a.people.get(j).position()));
        }
      }
      copy(
          c,
          pg,
          "meeting_regulation",
          "meeting_id, report_id, regulation_id, ordinal, role",
          links);
      copy(
          c,
          pg,
          "meeting_participant",
          "meeting_id, report_id, person_id, ordinal, role, positions",
          participants);
      try (Statement s = c.createStatement()) {
        s.execute("analyze");
      }
      String dump = System.getProperty("regtrack.search-bench.dump");
      if (dump != null) {
        dump(pg, Path.of(dump));
      }
    }
    return data;
  }

  /** The generated tables in COPY format, in load order, to replay into another database. */
  private static final String[][] TABLES = {
    {"organization", "name, name_key, name_fold, kind, province_id"},
    {
      "regulation",
      "identity_key, series_key, kind, number, symbol, symbol_key, symbol_loose, issuer_id,"
          + " issued_on, title, search_key"
    },
    {"person", "name, name_key, name_fold, positions"},
    {"document", "title, body, raw_text, content_hash, extractor_version, published_on, source"},
    {"citation", "document_id, regulation_id, text, span_start, span_end, form"},
    {"document_person", "document_id, person_id, ordinal, name, positions, province_id"},
    {"meeting", "title, kind, date, province_id, province_today_id, organizer_id, attendee_count"},
    {
      "meeting_document",
      "meeting_id, document_id, report_no, title, kind, date, province_id, province_today_id"
    },
    {"meeting_regulation", "meeting_id, report_id, regulation_id, ordinal, role"},
    {"meeting_participant", "meeting_id, report_id, person_id, ordinal, role, positions"}
  };

  private static void dump(PGConnection pg, Path dir) throws SQLException, IOException {
    Files.createDirectories(dir);
    for (int i = 0; i < TABLES.length; i++) {
      String[] t = TABLES[i];
      try (var out =
          Files.newOutputStream(dir.resolve(String.format(Locale.ROOT, "%02d-%s.copy", i, t[0])))) {
        pg.getCopyAPI()
            .copyOut("copy (select " + t[1] + " from " + t[0] + " order by id) to stdout", out);
      }
      Files.writeString(dir.resolve(String.format(Locale.ROOT, "%02d-%s.columns", i, t[0])), t[1]);
    }
  }

  private static long organization(Connection c, String name, String kind, Long province)
      throws SQLException {
    try (var ps =
        c.prepareStatement(
            "insert into organization (name, name_key, name_fold, kind, province_id)"
                + " values (?, ?, ?, ?, ?) on conflict (name_key) do update set name = excluded.name"
                + " returning id")) {
      ps.setString(1, name);
      ps.setString(2, TextKeys.nameKey(name));
      ps.setString(3, TextKeys.fold(name));
      ps.setString(4, kind);
      ps.setObject(5, province);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** COPY rows into a table; the ids of the new rows, in row order. */
  private static List<Long> copy(
      Connection c, PGConnection pg, String table, String columns, StringBuilder rows)
      throws SQLException, IOException {
    long before;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from " + table)) {
      rs.next();
      before = rs.getLong(1);
    }
    pg.getCopyAPI()
        .copyIn(
            "copy " + table + " (" + columns + ") from stdin", new StringReader(rows.toString()));
    List<Long> ids = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("select id from " + table + " where id > " + before + " order by id")) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
    }
    return ids;
  }

  /** One row of COPY text format; {@code null} is \N. */
  private static void row(StringBuilder sb, String... values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        sb.append('\t');
      }
      String v = values[i];
      if (v == null) {
        sb.append("\\N");
        continue;
      }
      for (int j = 0; j < v.length(); j++) {
        char ch = v.charAt(j);
        switch (ch) {
          case '\\' -> sb.append("\\\\");
          case '\t' -> sb.append("\\t");
          case '\n' -> sb.append("\\n");
          case '\r' -> sb.append("\\r");
          default -> sb.append(ch);
        }
      }
    }
    sb.append('\n');
  }

  private static String array(String value) {
    return "{\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String pick(String[] values) {
    return values[RANDOM.nextInt(values.length)];
  }

  private static <T> T pick(List<T> values) {
    return values.get(RANDOM.nextInt(values.size()));
  }

  // -------------------------------------------------------------------------------- articles

  static final class Article {
    String title;
    String body;
    LocalDate published;
    LocalDate meetingDate;
    Prov province;
    Reg regulation;
    List<Per> people = new ArrayList<>();
    String kind;
    int attendees;
  }

  private static String dm(LocalDate d) {
    return d.getDayOfMonth() + "/" + d.getMonthValue();
  }

  private static String dmy(LocalDate d) {
    return d.getDayOfMonth()
        + (RANDOM.nextBoolean() ? "/" : "-")
        + d.getMonthValue()
        + (RANDOM.nextBoolean() ? "/" : "-")
        + d.getYear();
  }

  /** One generated meeting report: sentences recombined around its province, regulation, people. */
  private static Article article(int i, Data data) {
    Article a = new Article();
    a.province = pick(data.provinces);
    a.regulation = pick(data.regulations);
    Reg r = a.regulation;
    Reg other = pick(data.regulations);
    int people = 2 + RANDOM.nextInt(3);
    while (a.people.size() < people) {
      Per p = pick(data.persons);
      if (!a.people.contains(p)) {
        a.people.add(p);
      }
    }
    Per chair = a.people.getFirst();
    Per speaker = a.people.get(1);
    LocalDate day =
        r.on().plusDays(20 + RANDOM.nextInt(900)).isAfter(LocalDate.of(2025, 12, 31))
            ? LocalDate.of(2025, 12, 31).minusDays(RANDOM.nextInt(300))
            : r.on().plusDays(20 + RANDOM.nextInt(900));
    a.meetingDate = RANDOM.nextInt(20) == 0 ? null : day;
    a.published = RANDOM.nextInt(30) == 0 ? null : day.plusDays(RANDOM.nextInt(3));
    a.attendees = 100 + RANDOM.nextInt(6000);
    int years = 3 + RANDOM.nextInt(8);
    String p = a.province.name();
    String k = r.label() + " số " + r.symbol();
    String subject = r.title();
    int shape = RANDOM.nextInt(7);
    a.kind =
        switch (shape) {
          case 1, 4 -> "REVIEW";
          case 2 -> "INSPECTION";
          default -> "DISSEMINATION";
        };
    a.title =
        switch (shape) {
          case 0 -> p + ": Hội nghị quán triệt " + k + " của " + pick(CENTRAL);
          case 1 ->
              p
                  + " tổng kết "
                  + years
                  + " năm thực hiện "
                  + r.label()
                  + " "
                  + r.number()
                  + "-"
                  + r.code()
                  + "/TW về "
                  + subject;
          case 2 ->
              "Kiểm tra công tác "
                  + pick(SUBJECTS).toLowerCase(Locale.ROOT)
                  + " tại Ban Thường vụ Tỉnh ủy "
                  + p;
          case 3 ->
              p
                  + ": Hơn "
                  + String.format(Locale.ROOT, "%,d", a.attendees).replace(',', '.')
                  + " đại biểu dự hội nghị trực tuyến quán triệt "
                  + r.label().toLowerCase(Locale.ROOT)
                  + " về "
                  + subject;
          case 4 -> "Ban Thường vụ Tỉnh ủy " + p + " sơ kết " + years + " năm thực hiện " + k;
          case 5 -> p + " triển khai " + k + " về " + subject;
          default ->
              "Hội nghị "
                  + (RANDOM.nextBoolean() ? "quán triệt, triển khai " : "học tập ")
                  + r.label().toLowerCase(Locale.ROOT)
                  + " mới về "
                  + subject;
        };
    List<String> s = new ArrayList<>();
    s.add(
        (a.meetingDate == null ? "Mới đây" : pick(new String[] {"Sáng", "Chiều"}) + " " + dm(day))
            + ", Ban Thường vụ Tỉnh ủy "
            + p
            + " tổ chức hội nghị "
            + (a.kind.equals("REVIEW")
                ? "tổng kết " + years + " năm thực hiện "
                : "quán triệt, triển khai ")
            + k
            + ", ngày "
            + dmy(r.on())
            + " của "
            + pick(CENTRAL)
            + " về “"
            + subject
            + "”.");
    s.add(
        "Dự hội nghị có đồng chí "
            + chair.name()
            + ", "
            + chair.position()
            + "; đồng chí "
            + speaker.name()
            + ", "
            + speaker.position()
            + ".");
    s.add(
        "Hội nghị được tổ chức trực tiếp kết hợp trực tuyến tới "
            + (5 + RANDOM.nextInt(15))
            + " điểm cầu cấp huyện và "
            + (20 + RANDOM.nextInt(180))
            + " điểm cầu cấp xã với hơn "
            + String.format(Locale.ROOT, "%,d", a.attendees).replace(',', '.')
            + " đại biểu tham dự.");
    List<String> optional =
        new ArrayList<>(
            List.of(
                "Tại hội nghị, các đại biểu đã nghe báo cáo viên quán triệt những nội dung cơ bản,"
                    + " điểm mới của "
                    + r.label()
                    + " số "
                    + r.symbol()
                    + ".",
                r.label()
                    + " số "
                    + r.symbol()
                    + " gồm "
                    + (3 + RANDOM.nextInt(6))
                    + " chương, "
                    + (10 + RANDOM.nextInt(30))
                    + " điều, thay thế "
                    + other.label()
                    + " số "
                    + other.symbol()
                    + " ngày "
                    + dmy(other.on())
                    + ".",
                "Qua "
                    + years
                    + " năm thực hiện, công tác "
                    + pick(SUBJECTS).toLowerCase(Locale.ROOT)
                    + " trên địa bàn tỉnh "
                    + p
                    + " đã đạt được nhiều kết quả quan trọng.",
                "Bên cạnh kết quả đạt được, việc thực hiện vẫn còn một số hạn chế như: nhận thức của"
                    + " một số cấp ủy, cán bộ, đảng viên chưa đầy đủ; việc kiểm tra, giám sát có lúc"
                    + " chưa thường xuyên.",
                "Phát biểu chỉ đạo hội nghị, đồng chí "
                    + chair.name()
                    + " đề nghị các cấp ủy, tổ"
                    + " chức đảng tiếp tục quán triệt sâu sắc "
                    + r.label().toLowerCase(Locale.ROOT)
                    + ", xây dựng kế hoạch cụ thể để tổ chức thực hiện nghiêm túc, hiệu quả.",
                "Hội nghị đã biểu dương, khen thưởng "
                    + (5 + RANDOM.nextInt(40))
                    + " tập thể và "
                    + (10 + RANDOM.nextInt(60))
                    + " cá nhân có thành tích xuất sắc.",
                "Đồng chí "
                    + speaker.name()
                    + " nhấn mạnh, thời gian tới cần tăng cường sự lãnh"
                    + " đạo của cấp ủy đối với công tác "
                    + pick(SUBJECTS).toLowerCase(Locale.ROOT)
                    + ".",
                "Thực hiện Hướng dẫn số "
                    + (1 + RANDOM.nextInt(30))
                    + "-HD/BTCTW của Ban Tổ chức"
                    + " Trung ương, Tỉnh ủy "
                    + p
                    + " đã ban hành kế hoạch triển khai đến 100% chi"
                    + " bộ trực thuộc.",
                "Các đại biểu đã thảo luận, làm rõ những nội dung mới, đề xuất giải pháp để tổ chức"
                    + " thực hiện trong thời gian tới."));
    java.util.Collections.shuffle(optional, RANDOM);
    s.addAll(optional.subList(0, 3 + RANDOM.nextInt(optional.size() - 3)));
    s.add("Mã bài " + i + ".");
    a.body = String.join(" ", s);
    return a;
  }

  // -------------------------------------------------------------------------------- measuring

  /** A query shape: a name and a supplier of request paths (varied per run). */
  record Shape(String name, Supplier<String> path) {}

  private String measure(Data data, int runs) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String base = "http://localhost:" + port;
    List<Shape> shapes = new ArrayList<>();
    shapes.add(
        new Shape("symbol exact \"58-QĐ/TW\"", () -> search(pick(data.regulations).symbol())));
    shapes.add(
        new Shape(
            "symbol without Đ \"58-QD/TW\"",
            () -> search(pick(data.regulations).symbol().replace("Đ", "D"))));
    shapes.add(
        new Shape(
            "symbol with spaces \"58 QĐ TW\"",
            () -> search(pick(data.regulations).symbol().replace('-', ' ').replace('/', ' '))));
    shapes.add(
        new Shape(
            "code and number \"QĐ 58\"",
            () -> {
              Reg r = pick(data.regulations);
              return search(r.code() + " " + r.number());
            }));
    shapes.add(
        new Shape(
            "kind and number \"quy dinh 58\"",
            () -> {
              Reg r = pick(data.regulations);
              return search(TextKeys.fold(r.label()) + " " + r.number());
            }));
    shapes.add(
        new Shape(
            "kind, number, words \"chỉ thị 39 bảo vệ\"",
            () -> {
              Reg r = pick(data.regulations);
              return search(r.label() + " " + r.number() + " " + r.title().split(" ")[1]);
            }));
    shapes.add(new Shape("date \"8-2-2022\"", () -> search(dmyDash(pick(data.regulations).on()))));
    shapes.add(
        new Shape(
            "long date \"ngày 8 tháng 2 năm 2022\"",
            () -> {
              LocalDate d = pick(data.regulations).on();
              return search(
                  "ngày "
                      + d.getDayOfMonth()
                      + " tháng "
                      + d.getMonthValue()
                      + " năm "
                      + d.getYear());
            }));
    shapes.add(
        new Shape(
            "province folded \"soc trang\"",
            () -> search(TextKeys.fold(pick(data.provinces).name()))));
    shapes.add(
        new Shape(
            "province, meetings only",
            () -> search(pick(data.provinces).name()) + "&types=MEETING"));
    shapes.add(
        new Shape(
            "subject folded \"bao ve chinh tri noi bo\"",
            () -> search(TextKeys.fold(pick(SUBJECTS)))));
    shapes.add(
        new Shape(
            "quoted phrase + word",
            () -> search("\"kiểm tra, giám sát\" " + TextKeys.fold(pick(data.provinces).name()))));
    shapes.add(new Shape("broad word \"hội nghị\"", () -> search("hội nghị")));
    shapes.add(new Shape("broad, page 2 (cursor)", () -> null));
    shapes.add(
        new Shape(
            "person folded \"lam van man\"",
            () -> search(TextKeys.fold(pick(data.persons).name()))));
    shapes.add(
        new Shape(
            "person typo \"lam van mn\" (fuzzy)",
            () -> {
              String name = TextKeys.fold(pick(data.persons).name());
              int at = name.lastIndexOf(' ') + 2;
              return search(
                  name.substring(0, at) + name.substring(Math.min(name.length(), at + 1)));
            }));
    shapes.add(
        new Shape(
            "mixed \"quán triệt quy định 58 sóc trăng\"",
            () -> {
              Reg r = pick(data.regulations);
              return search(
                  "quán triệt " + r.label() + " " + r.number() + " " + pick(data.provinces).name());
            }));
    shapes.add(
        new Shape(
            "no match \"xyzzy qwerty\" (+ fuzzy)",
            () -> search("xyzzy qwerty " + RANDOM.nextInt(1000))));
    shapes.add(
        new Shape(
            "GET /documents?q=…&from&to",
            () ->
                "/api/v1/documents?q="
                    + enc(TextKeys.fold(pick(SUBJECTS)))
                    + "&from=2020-01-01&to=2022-12-31"));
    shapes.add(
        new Shape("GET /persons?q=given name", () -> "/api/v1/persons?q=" + enc(pick(GIVEN))));

    // The cursor shape: the next page of "hội nghị".
    String cursor = nextCursor(http, base + search("hội nghị"));
    shapes.set(
        13,
        new Shape("broad, page 2 (cursor)", () -> search("hội nghị") + "&cursor=" + enc(cursor)));

    StringBuilder table = new StringBuilder();
    table.append("| # | query shape | p50 ms | p95 ms | p99 ms | max ms |\n");
    table.append("|---|---|---:|---:|---:|---:|\n");
    List<Double> all = new ArrayList<>();
    int index = 1;
    // Warm-up of the whole server first (the JIT compiles the request path of every shape), so
    // that the first shape measured is not also the one that pays for it; then 10 more requests of
    // each shape before its measurement.
    int warmup = Integer.getInteger("regtrack.search-bench.warmup", 20);
    for (int round = 0; round < warmup; round++) {
      for (Shape shape : shapes) {
        get(http, base + shape.path().get());
      }
    }
    for (Shape shape : shapes) {
      for (int w = 0; w < 10; w++) {
        get(http, base + shape.path().get());
      }
      double[] ms = new double[runs];
      for (int r = 0; r < runs; r++) {
        String url = base + shape.path().get();
        long start = System.nanoTime();
        get(http, url);
        ms[r] = (System.nanoTime() - start) / 1e6;
        all.add(ms[r]);
      }
      Arrays.sort(ms);
      System.out.printf(
          Locale.ROOT,
          "shape %d %s: p50 %.1f p95 %.1f max %.1f ms%n",
          index,
          shape.name(),
          percentile(ms, 50),
          percentile(ms, 95),
          ms[ms.length - 1]);
      table.append(
          String.format(
              Locale.ROOT,
              "| %d | %s | %.1f | %.1f | %.1f | %.1f |%n",
              index++,
              shape.name(),
              percentile(ms, 50),
              percentile(ms, 95),
              percentile(ms, 99),
              ms[ms.length - 1]));
    }
    double[] everything = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    table.append(
        String.format(
            Locale.ROOT,
            "| | **all %d requests** | %.1f | %.1f | %.1f | %.1f |%n",
            everything.length,
            percentile(everything, 50),
            percentile(everything, 95),
            percentile(everything, 99),
            everything[everything.length - 1]));
    return table.toString();
  }

  private static String dmyDash(LocalDate d) {
    return d.getDayOfMonth() + "-" + d.getMonthValue() + "-" + d.getYear();
  }

  private static String search(String q) {
    return "/api/v1/search?q=" + enc(q);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String get(HttpClient http, String url) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(url + " → " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  private static String nextCursor(HttpClient http, String url) throws Exception {
    String body = get(http, url);
    int at = body.indexOf("\"nextCursor\":\"");
    if (at < 0) {
      throw new IllegalStateException("no next page of " + url);
    }
    int start = at + "\"nextCursor\":\"".length();
    return body.substring(start, body.indexOf('"', start));
  }

  /** The nearest-rank percentile of sorted values. */
  private static double percentile(double[] sorted, double p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
