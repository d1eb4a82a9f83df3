package io.regtrack.acceptance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Unit tests of {@link GoldScorer} without a server. Every expected value here was produced by
 * score.py itself (python3 importing shared/tools/score.py, or running its {@code score()} against
 * a fake {@code Api} serving the same canned responses), so the port and the official scorer agree.
 */
class GoldScorerTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ key functions

  @Test
  void textKeyFoldsNbspOldTonePlacementAndPunctuation() {
    assertThat(GoldScorer.textKey("Huyện uỷ")).isEqualTo(GoldScorer.textKey("huyện ủy"));
    assertThat(GoldScorer.textKey("Huyện uỷ")).isEqualTo("huyện ủy");
    assertThat(GoldScorer.textKey("Bắc\u00A0Giang")).isEqualTo("bắc giang");
    assertThat(GoldScorer.textKey("“Hội nghị” (quán triệt); Quy định: 58."))
        .isEqualTo("hội nghị quán triệt quy định 58");
    assertThat(GoldScorer.textKey("«Thanh  Hoá»\t\n")).isEqualTo("thanh hóa");
    assertThat(GoldScorer.textKey((String) null)).isNull();
  }

  @Test
  void titleKeyStripsALeadingVe() {
    assertThat(GoldScorer.titleKey("Về bảo vệ chính trị nội bộ Đảng"))
        .isEqualTo("bảo vệ chính trị nội bộ đảng");
    assertThat(GoldScorer.titleKey("“về công tác cán bộ”")).isEqualTo("công tác cán bộ");
    assertThat(GoldScorer.titleKey("Vềnh vang")).isEqualTo("vềnh vang");
    assertThat(GoldScorer.titleKey("về")).isEqualTo("về");
  }

  @Test
  void positionKeyExpandsAbbreviations() {
    assertThat(GoldScorer.positionKey("TUV")).isEqualTo("tỉnh ủy viên");
    assertThat(GoldScorer.positionKey("HĐND tỉnh")).isEqualTo("hội đồng nhân dân tỉnh");
    assertThat(GoldScorer.positionKey("Ủy viên Ban Chấp hành Trung ương Đảng"))
        .isEqualTo(GoldScorer.positionKey("Ủy viên Trung ương Đảng"))
        .isEqualTo(GoldScorer.positionKey("Ủy viên BCH TƯ Đảng"))
        .isEqualTo("ủy viên trung ương đảng");
    // Word-bounded like Python's \b: no expansion inside a longer word.
    assertThat(GoldScorer.positionKey("Chủ tịch UBMTTQ tỉnh")).isEqualTo("chủ tịch ubmttq tỉnh");
  }

  @Test
  void symbolKeyNormalisesTuDashesAndSpaces() {
    assertThat(GoldScorer.symbolKey("58-QĐ/TƯ")).isEqualTo("58-QĐ/TW");
    assertThat(GoldScorer.symbolKey("58 – QĐ / TW")).isEqualTo("58-QĐ/TW");
    assertThat(GoldScorer.symbolKey("01—HD/BTCTW")).isEqualTo("01-HD/BTCTW");
    assertThat(GoldScorer.symbolKey("")).isNull();
    assertThat(GoldScorer.symbolKey((String) null)).isNull();
  }

  /** Rows (function, input, expected) computed by score.py's text_key, title_key, ... */
  static Stream<Arguments> scorePyTable() {
    return Stream.of(
        row("textKey", "Huyện uỷ", "huyện ủy"),
        row("textKey", "huyện ủy", "huyện ủy"),
        row("textKey", "Bắc\u00A0Giang", "bắc giang"),
        row("textKey", "“Hội nghị” (quán triệt); Quy định: 58.", "hội nghị quán triệt quy định 58"),
        row("textKey", "«Thanh  Hoá»\t\n", "thanh hóa"),
        row("textKey", "Ba\u0301c Ninh", "bác ninh"),
        row("textKey", "\u2003Khoẻ\u3000mạnh\u001C!", "khỏe mạnh !"),
        row("textKey", "‘Tuỳ’ 'tuỳ' \"x\"", "tùy tùy x"),
        row("textKey", "", ""),
        row("textKey", null, null),
        row("textKey", "İSTANBUL ΟΔΟΣ", "i\u0307stanbul οδος"),
        row("titleKey", "Về bảo vệ chính trị nội bộ Đảng", "bảo vệ chính trị nội bộ đảng"),
        row("titleKey", "“về công tác cán bộ”", "công tác cán bộ"),
        row("titleKey", "Vềnh vang", "vềnh vang"),
        row("titleKey", "về", "về"),
        row("titleKey", "VỀ  việc", "việc"),
        row("titleKey", null, null),
        row("positionKey", "TUV", "tỉnh ủy viên"),
        row("positionKey", "HĐND tỉnh", "hội đồng nhân dân tỉnh"),
        row("positionKey", "Ủy viên Ban Chấp hành Trung ương Đảng", "ủy viên trung ương đảng"),
        row("positionKey", "Ủy viên Trung ương Đảng", "ủy viên trung ương đảng"),
        row("positionKey", "Ủy viên BCH TƯ Đảng", "ủy viên trung ương đảng"),
        row(
            "positionKey",
            "UVTV, Trưởng Ban Tổ chức Tỉnh uỷ",
            "ủy viên ban thường vụ trưởng ban tổ chức tỉnh ủy"),
        row("positionKey", "Chủ tịch UBMTTQ tỉnh", "chủ tịch ubmttq tỉnh"),
        row("positionKey", "UBTƯ MTTQ Việt Nam", "ủy ban trung ương mặt trận tổ quốc việt nam"),
        row("positionKey", "Bí thư ĐUK", "bí thư đảng ủy khối"),
        row("positionKey", "ĐBQH khóa XV", "đại biểu quốc hội khóa xv"),
        row("positionKey", "tuv", "tuv"),
        row("positionKey", "Ủy viên T.Ư Đảng", "ủy viên trung ương đảng"),
        row("positionKey", "Phó Bí thư TVTU", "phó bí thư thường vụ tỉnh ủy"),
        row("positionKey", "Ban TW²", "ban tw²"),
        row("positionKey", "Ban TW\u0330", "ban trung ương\u0330"),
        row("positionKey", "\uD835\uDC00TW", "\uD835\uDC00tw"),
        row("positionKey", "TW_x", "tw_x"),
        row("positionKey", "TW-Đảng", "trung ương-đảng"),
        row("positionKey", "U\u0309y viên TƯ", "ủy viên trung ương"),
        row("positionKey", "BTV Huyện uỷ, UBKT", "ban thường vụ huyện ủy ủy ban kiểm tra"),
        row("positionKey", null, null),
        row("symbolKey", "58-QĐ/TƯ", "58-QĐ/TW"),
        row("symbolKey", "58 – QĐ / TW", "58-QĐ/TW"),
        row("symbolKey", "01—HD/BTCTW", "01-HD/BTCTW"),
        row("symbolKey", "15/2020/nđ-cp", "15/2020/NĐ-CP"),
        row("symbolKey", "126-qđ/tư", "126-QĐ/TW"),
        row("symbolKey", "", null),
        row("symbolKey", "   ", ""),
        row("symbolKey", "58-QĐ/TW\u00A0", "58-QĐ/TW"),
        row("symbolKey", null, null),
        row("regKey", "{\"symbol\": \"58-QĐ/TƯ\"}", "58-QĐ/TW"),
        row("regKey", "{\"kind\": \"REGULATION\", \"number\": \"58\"}", "REGULATION:58"),
        row("regKey", "{}", "None:None"),
        row(
            "regKey",
            "{\"symbol\": \" \", \"kind\": \"DIRECTIVE\", \"number\": 39}",
            "DIRECTIVE:39"),
        row("regKey", "{\"kind\": \"LAW\", \"number\": 1.0, \"symbol\": \"\"}", "LAW:1.0"),
        row("regKey", "{\"kind\": null, \"number\": true, \"symbol\": null}", "None:True"));
  }

  private static Arguments row(String function, String input, String expected) {
    return Arguments.of(function, input, expected);
  }

  @ParameterizedTest(name = "{0}({1}) = {2}")
  @MethodSource("scorePyTable")
  void agreesWithScorePy(String function, String input, String expected) {
    String actual =
        switch (function) {
          case "textKey" -> GoldScorer.textKey(input);
          case "titleKey" -> GoldScorer.titleKey(input);
          case "positionKey" -> GoldScorer.positionKey(input);
          case "symbolKey" -> GoldScorer.symbolKey(input);
          case "regKey" -> GoldScorer.regKey(json(input));
          default -> throw new IllegalArgumentException(function);
        };
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void tonePairsAreNfcLikeScorePys() {
    assertThat(GoldScorer.TONE_PAIRS).hasSize(15);
    GoldScorer.TONE_PAIRS.forEach(
        (old, now) -> {
          assertThat(Normalizer.isNormalized(old, Normalizer.Form.NFC)).as(old).isTrue();
          assertThat(Normalizer.isNormalized(now, Normalizer.Form.NFC)).as(now).isTrue();
          assertThat(old.codePointCount(0, old.length())).isEqualTo(2);
        });
    assertThat(GoldScorer.ABBREV).hasSize(13);
  }

  // ------------------------------------------------------------------ metrics

  @Test
  void tallyF1IgnoresAcceptableExtras() {
    GoldScorer.Tally t = new GoldScorer.Tally();
    t.add(Set.of("a", "b", "c"), Set.of("a", "b", "x", "y"), Set.of("x"));
    assertThat(List.of(t.tp, t.fp, t.fn)).containsExactly(2, 1, 1);
    assertThat(t.f1()).containsExactly(0.6666666666666666, 0.6666666666666666, 0.6666666666666666);

    GoldScorer.Tally empty = new GoldScorer.Tally();
    assertThat(empty.f1()).containsExactly(1.0, 1.0, 1.0);

    GoldScorer.Tally allMissed = new GoldScorer.Tally();
    allMissed.add(Set.of("a", "b", "c"), Set.of());
    assertThat(List.of(allMissed.tp, allMissed.fp, allMissed.fn)).containsExactly(0, 0, 3);
    assertThat(allMissed.f1()).containsExactly(0.0, 1.0, 0.0);

    GoldScorer.Tally onlySpurious = new GoldScorer.Tally();
    onlySpurious.add(Set.of(), Set.of("a"));
    assertThat(onlySpurious.f1()).containsExactly(0.0, 0.0, 1.0);

    // None is a key like any other (a person without a name).
    GoldScorer.Tally withNone = new GoldScorer.Tally();
    Set<String> gold = new HashSet<>(Arrays.asList(null, "a"));
    Set<String> pred = new HashSet<>(Arrays.asList((String) null));
    withNone.add(gold, pred);
    assertThat(List.of(withNone.tp, withNone.fp, withNone.fn)).containsExactly(1, 0, 1);
    assertThat(withNone.f1()).containsExactly(0.6666666666666666, 1.0, 0.5);
  }

  @Test
  void accuracyIsOneWhenNothingWasChecked() {
    GoldScorer.Acc acc = new GoldScorer.Acc();
    assertThat(acc.value()).isEqualTo(1.0);
    acc.add(true);
    acc.add(false);
    acc.add(false);
    assertThat(acc.value()).isEqualTo(1.0 / 3);
  }

  // ------------------------------------------------------------------ Python semantics

  @Test
  void formatsNumbersAsPythonDoes() {
    assertThat(GoldScorer.f3(0.0625)).isEqualTo("0.062");
    assertThat(GoldScorer.f3(0.1875)).isEqualTo("0.188");
    assertThat(GoldScorer.f3(0.3125)).isEqualTo("0.312");
    assertThat(GoldScorer.f3(0.6666666666666666)).isEqualTo("0.667");
    assertThat(GoldScorer.f3(1.0)).isEqualTo("1.000");
    assertThat(GoldScorer.f3(0.0)).isEqualTo("0.000");
    assertThat(GoldScorer.f3(0.0005)).isEqualTo("0.001");
    assertThat(GoldScorer.f3(0.0015)).isEqualTo("0.002");
    assertThat(GoldScorer.f3(0.9995)).isEqualTo("1.000");
    assertThat(GoldScorer.f3(0.7272727272727272)).isEqualTo("0.727");
    assertThat(GoldScorer.pyFloatRepr(0.1)).isEqualTo("0.1");
    assertThat(GoldScorer.pyFloatRepr(1e22)).isEqualTo("1e+22");
    assertThat(GoldScorer.pyFloatRepr(1.5e300)).isEqualTo("1.5e+300");
    assertThat(GoldScorer.pyFloatRepr(1.2345678901234568e17)).isEqualTo("1.2345678901234568e+17");
    assertThat(GoldScorer.pyFloatRepr(1000000000000000.0)).isEqualTo("1000000000000000.0");
    assertThat(GoldScorer.pyFloatRepr(1e16)).isEqualTo("1e+16");
    assertThat(GoldScorer.pyFloatRepr(1e-05)).isEqualTo("1e-05");
    assertThat(GoldScorer.pyFloatRepr(0.0001)).isEqualTo("0.0001");
    assertThat(GoldScorer.pyFloatRepr(6500.0)).isEqualTo("6500.0");
    assertThat(GoldScorer.pyFloatRepr(-0.0)).isEqualTo("-0.0");
    assertThat(GoldScorer.pyFloatRepr(2.5e-07)).isEqualTo("2.5e-07");
    assertThat(GoldScorer.pyFloatRepr(0.3333333333333333)).isEqualTo("0.3333333333333333");
  }

  @Test
  void reprAndEqualityFollowPython() {
    JsonNode value =
        json(
            "{\"a\": \"it's\", \"b\": [1, 2.5, true, null], \"c\": \"a\\u00a0b\", \"d\": 1e16, \"e\": 1e-5, \"f\": 0.0001, \"g\": 6500.0, \"h\": -0.0, \"i\": 12345678901234567890, \"j\": \"tab\\there \\\\ \\\"q\\\" 's'\", \"k\": {}, \"l\": \"\\u200b\\ud835\\udc00\\u0085\"}");
    assertThat(GoldScorer.pyRepr(value))
        .isEqualTo(
            "{'a': \"it's\", 'b': [1, 2.5, True, None], 'c': 'a\\xa0b', 'd': 1e+16, 'e': 1e-05, 'f': 0.0001, 'g': 6500.0, 'h': -0.0, 'i': 12345678901234567890, 'j': 'tab\\there \\\\ \"q\" \\'s\\'', 'k': {}, 'l': '\\u200b\uD835\uDC00\\x85'}");
    assertThat(GoldScorer.pyStr(json("\"Sóc Trăng\""))).isEqualTo("Sóc Trăng");
    assertThat(GoldScorer.pyRepr(null)).isEqualTo("None");

    assertThat(GoldScorer.pyEquals(json("6500"), json("6500.0"))).isTrue();
    assertThat(GoldScorer.pyEquals(json("1"), json("true"))).isTrue();
    assertThat(GoldScorer.pyEquals(json("\"1\""), json("1"))).isFalse();
    assertThat(GoldScorer.pyEquals(json("null"), null)).isTrue();
    assertThat(GoldScorer.pyEquals(json("{\"a\": [1, 2]}"), json("{\"a\": [1.0, 2]}"))).isTrue();
    assertThat(GoldScorer.pyEquals(json("{\"a\": null}"), json("{}"))).isFalse();
    assertThat(new GoldScorer.PyKey(json("2"))).isEqualTo(new GoldScorer.PyKey(json("2.0")));
    assertThatThrownBy(() -> new GoldScorer.PyKey(json("[1]"))).hasMessageContaining("unhashable");

    assertThat(GoldScorer.truthy(json("0"))).isFalse();
    assertThat(GoldScorer.truthy(json("0.0"))).isFalse();
    assertThat(GoldScorer.truthy(json("\"\""))).isFalse();
    assertThat(GoldScorer.truthy(json("{}"))).isFalse();
    assertThat(GoldScorer.truthy(json("[]"))).isFalse();
    assertThat(GoldScorer.truthy(json("\"0\""))).isTrue();
    assertThat(GoldScorer.truthy(json("1"))).isTrue();
  }

  @Test
  void decodesResponsesLikeScorePysApi() {
    assertThat(GoldScorer.decode(new GoldScorer.Exchange(201, new byte[0])).body()).isNull();
    assertThat(GoldScorer.decode(new GoldScorer.Exchange(401, new byte[0])).body().textValue())
        .isEqualTo("");
    assertThat(GoldScorer.decode(new GoldScorer.Exchange(500, "oops".getBytes(UTF_8))).body())
        .isEqualTo(json("\"oops\""));
    assertThat(GoldScorer.decode(new GoldScorer.Exchange(400, "{\"a\":1}".getBytes(UTF_8))).body())
        .isEqualTo(json("{\"a\":1}"));
    assertThatThrownBy(
            () -> GoldScorer.decode(new GoldScorer.Exchange(200, "oops".getBytes(UTF_8))))
        .isInstanceOf(IllegalStateException.class);
  }

  // ------------------------------------------------------------------ a whole run

  /**
   * A gold corpus of six articles and the responses of a partly wrong server: the one covers
   * missed/spurious citations, fields from the stated mention or the resolved regulation, issued
   * dates via issuedOnCanonical, meeting pairing and acceptable values, positions with
   * abbreviations, relations in both directions and acceptable relations, the others failed POSTs
   * and GETs. score.py's output on it (its score() with a fake Api) is the expectation below.
   */
  private static final String FIXTURE =
      """
          {
            "articles": {
              "a.txt": "Bắc Giang: Hội nghị quán triệt Quy định số 58-QĐ/TW\\r\\nNgày 19/9, Ban Thường vụ Tỉnh ủy Bắc Giang tổ chức hội nghị.\\r\\n",
              "b.txt": "Bài B\\n",
              "c.txt": "Bài C\\n",
              "d.txt": "Bài D\\rcuối\\n",
              "e.txt": "Bài E\\n",
              "f.txt": "Bài F\\n"
            },
            "gold": [
              {
                "file": "a.txt",
                "document": {
                  "title": "Bắc Giang: Hội nghị quán triệt Quy định số 58-QĐ/TW",
                  "publishedOn": "2022-09-20"
                },
                "citations": [
                  {
                    "kind": "REGULATION",
                    "number": "58",
                    "symbol": "58-QĐ/TW",
                    "issuer": "Bộ Chính trị",
                    "issuedOn": "2022-02-28",
                    "issuedOnCanonical": "2022-02-08",
                    "title": "Một số vấn đề về bảo vệ chính trị nội bộ Đảng",
                    "structure": {"chapters": 6, "articles": 22}
                  },
                  {
                    "kind": "REGULATION",
                    "number": "126",
                    "symbol": "126-QĐ/TW",
                    "issuer": "Bộ Chính trị",
                    "issuedOn": "2018-02-28",
                    "title": null
                  },
                  {
                    "kind": "GUIDANCE",
                    "number": "01",
                    "symbol": "01-HD/BTCTW",
                    "issuer": "Ban Tổ chức Trung ương",
                    "issuedOn": "2022-08-05",
                    "title": null
                  },
                  {
                    "kind": "DIRECTIVE",
                    "number": "39",
                    "symbol": null,
                    "issuer": null,
                    "issuedOn": null,
                    "title": "Về tăng cường công tác"
                  },
                  {
                    "kind": "DIRECTIVE",
                    "number": "05",
                    "symbol": "05-CT/TW",
                    "issuer": "Bộ Chính trị",
                    "issuedOn": null,
                    "title": null
                  }
                ],
                "relations": [
                  {"from": "58-QĐ/TW", "type": "REPLACES", "to": "126-QĐ/TW"},
                  {"from": "58-QĐ/TW", "type": "ISSUED_WITH", "to": "01-HD/BTCTW"}
                ],
                "relationsAcceptable": [{"from": "01-HD/BTCTW", "type": "GUIDES", "to": "58-QĐ/TƯ"}],
                "meetings": [
                  {
                    "date": "2022-09-19",
                    "kind": "DISSEMINATION",
                    "province": "Bắc Giang",
                    "organizer": "Ban Thường vụ Tỉnh ủy Bắc Giang",
                    "chairs": ["Dương Văn Thái", "Lê Thị Thu Hồng"],
                    "attendeeCount": 6500,
                    "online": true,
                    "bridgePoints": 230,
                    "regulations": ["58-QĐ/TW", "01-HD/BTCTW"],
                    "acceptable": {
                      "organizer": ["Tỉnh ủy Bắc Giang"],
                      "chairs": ["Mai Sơn"],
                      "regulations": ["126-QĐ/TƯ"]
                    }
                  },
                  {
                    "date": "2022-09-25",
                    "kind": "REVIEW",
                    "province": "Bắc Giang",
                    "organizer": null,
                    "chairs": [],
                    "attendeeCount": null,
                    "online": false,
                    "bridgePoints": null,
                    "regulations": ["39-CT/TƯ"],
                    "acceptable": null
                  },
                  {
                    "date": null,
                    "kind": "OTHER",
                    "province": null,
                    "organizer": null,
                    "chairs": [],
                    "attendeeCount": null,
                    "online": false,
                    "bridgePoints": null,
                    "regulations": []
                  }
                ],
                "persons": [
                  {
                    "name": "Dương Văn Thái",
                    "positions": ["Ủy viên Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy"]
                  },
                  {
                    "name": "Lê Thị Thu Hồng",
                    "positions": ["Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"]
                  },
                  {"name": "Mai Sơn", "positions": ["TUV", "Phó Chủ tịch UBND tỉnh"]}
                ]
              },
              {
                "file": "b.txt",
                "document": {"title": "B", "publishedOn": null},
                "citations": [{"kind": "DIRECTIVE", "number": "39", "symbol": "39-CT/TW"}],
                "relations": [{"from": "39-CT/TW", "type": "REPLACES", "to": "58-QĐ/TW"}],
                "meetings": [{"date": null, "kind": "OTHER", "province": null, "chairs": [], "regulations": []}],
                "persons": [{"name": "X", "positions": []}, {"name": "Y", "positions": []}]
              },
              {
                "file": "c.txt",
                "document": {"title": "C", "publishedOn": null},
                "citations": [],
                "meetings": [],
                "persons": [{"name": "Z", "positions": []}]
              },
              {
                "file": "d.txt",
                "document": {"title": "D", "publishedOn": null},
                "citations": [],
                "meetings": [{"date": null, "kind": "OTHER", "province": null, "chairs": [], "regulations": []}],
                "persons": []
              },
              {
                "file": "e.txt",
                "document": {"title": "E", "publishedOn": null},
                "citations": [],
                "meetings": [],
                "persons": []
              },
              {
                "file": "f.txt",
                "document": {"title": "F", "publishedOn": "2020-01-01"},
                "citations": [],
                "meetings": [],
                "persons": []
              }
            ],
            "post": {
              "a.txt": {"status": 201, "json": {"id": 11, "title": "ignored"}},
              "b.txt": {
                "status": 403,
                "json": {
                  "type": "about:blank",
                  "title": "Forbidden",
                  "status": 403,
                  "detail": "Cần quyền 'editor'",
                  "ratio": 1.5e-07,
                  "retry": true,
                  "extra": null
                }
              },
              "c.txt": {"status": 201, "json": {"id": "c-1"}},
              "d.txt": {"status": 201, "raw": ""},
              "e.txt": {"status": 401, "raw": ""},
              "f.txt": {"status": 400, "json": {"detail": "@LONG@", "n": 6500.0}}
            },
            "get": {
              "/api/v1/documents/11": {
                "status": 200,
                "json": {
                  "id": 11,
                  "title": "Bắc Giang: Hội nghị quán triệt “Quy định số 58-QĐ/TW”.",
                  "publishedOn": null,
                  "publishedAt": "2022-09-20T16:22:00+07:00",
                  "citations": [
                    {
                      "text": "Quy định số 58-QĐ/TW",
                      "stated": {
                        "kind": "REGULATION",
                        "number": "58",
                        "symbol": "58-QĐ/TW",
                        "issuer": "Bộ Chính trị",
                        "issuedOn": "2022-02-28",
                        "title": null
                      },
                      "regulation": {
                        "id": 1,
                        "kind": "REGULATION",
                        "number": "58",
                        "symbol": "58-QĐ/TƯ",
                        "issuer": {"id": 5, "name": "Bộ Chính trị"},
                        "issuedOn": "2022-02-08",
                        "title": "về Một số vấn đề về bảo vệ chính trị nội bộ Đảng",
                        "chapters": 6,
                        "articles": 22
                      }
                    },
                    {
                      "text": "Quy định 58",
                      "stated": {"kind": "REGULATION", "symbol": "58-QĐ/TW", "title": "Một số vấn đề"},
                      "regulation": {
                        "id": 1,
                        "kind": "REGULATION",
                        "number": "58",
                        "symbol": "58-QĐ/TƯ",
                        "issuer": {"id": 5, "name": "Bộ Chính trị"},
                        "issuedOn": "2022-02-08",
                        "title": "về Một số vấn đề về bảo vệ chính trị nội bộ Đảng",
                        "chapters": 6,
                        "articles": 22
                      }
                    },
                    {
                      "text": "Quyết định số 126-QĐ/TW",
                      "stated": {"kind": "DECREE", "number": "126", "symbol": "126-QĐ/TW"},
                      "regulation": {
                        "id": 2,
                        "kind": "DECISION",
                        "number": "126",
                        "symbol": "126-QĐ/TW",
                        "issuer": {"id": 5, "name": "Bộ Chính trị"},
                        "issuedOn": null
                      }
                    },
                    {
                      "text": "Chỉ thị 39",
                      "stated": {
                        "kind": "DIRECTIVE",
                        "number": 39,
                        "symbol": null,
                        "title": "về tăng cường công tác"
                      },
                      "regulation": null
                    },
                    {
                      "text": "Quy định 99",
                      "stated": {"kind": "REGULATION", "symbol": "99-QĐ/TW"},
                      "regulation": {"id": 3, "kind": "REGULATION", "symbol": "99-QĐ/TW"}
                    },
                    {
                      "text": "Chỉ thị 05",
                      "stated": {"kind": "DIRECTIVE", "symbol": "05 – CT/TW", "issuer": "Bộ Chính trị"},
                      "regulation": {"id": 77, "kind": "DIRECTIVE", "symbol": "05-CT/TW"}
                    }
                  ],
                  "meetings": [
                    {
                      "id": 7,
                      "kind": "DISSEMINATION",
                      "date": "2022-09-19",
                      "province": "Bắc Giang",
                      "organizer": {"id": 9, "name": "Ban Thường vụ Tỉnh uỷ Bắc Giang"},
                      "online": 1,
                      "bridgePoints": 229,
                      "attendeeCount": 6500.0,
                      "participants": [
                        {"person": {"id": 1, "name": "Dương Văn Thái"}, "role": "CHAIR"},
                        {"person": {"id": 2, "name": "Mai Sơn"}, "role": "CHAIR"},
                        {"person": {"id": 3, "name": "Nguyễn Văn A"}, "role": "CHAIR"},
                        {"person": {"id": 4, "name": "Lê Thị Thu Hồng"}, "role": "SPEAKER"}
                      ],
                      "regulations": [
                        {"role": "DISSEMINATED", "regulation": {"symbol": "58-QĐ/TƯ"}},
                        {"role": "DISSEMINATED", "regulation": {"symbol": "126-QĐ/TW"}},
                        {"role": "DISCUSSED", "regulation": null, "symbol": "21-KL/TW"}
                      ]
                    },
                    {
                      "id": 12,
                      "kind": "DISSEMINATION",
                      "date": "2022-09-25",
                      "province": "Hà Tĩnh",
                      "participants": [],
                      "regulations": []
                    },
                    {
                      "id": 8,
                      "kind": "OTHER",
                      "date": "2022-09-25",
                      "province": "Tỉnh Bắc Giang",
                      "organizer": null,
                      "online": "",
                      "attendeeCount": "200",
                      "bridgePoints": null,
                      "participants": [],
                      "regulations": [
                        {
                          "role": "REVIEWED",
                          "regulation": {"kind": "DIRECTIVE", "number": "39", "symbol": "39-CT/TW"}
                        }
                      ]
                    },
                    {
                      "id": 9,
                      "kind": "REVIEW",
                      "date": null,
                      "province": "Hà Nam",
                      "participants": [],
                      "regulations": []
                    },
                    {
                      "id": 10,
                      "kind": "OTHER",
                      "date": null,
                      "province": "Hà Nội",
                      "participants": [],
                      "regulations": []
                    }
                  ],
                  "persons": [
                    {
                      "id": 1,
                      "name": "Dương Văn Thái",
                      "positions": ["Ủy viên BCH TƯ Đảng", "Bí thư Tỉnh uỷ"]
                    },
                    {
                      "id": 2,
                      "name": "Mai  Sơn",
                      "positions": ["Tỉnh ủy viên", "Phó Chủ tịch Ủy ban nhân dân tỉnh", "Bí thư Huyện ủy"]
                    },
                    {"id": 3, "name": "Nguyễn Văn A", "positions": []},
                    {"id": 4, "name": "Nguyễn Văn A", "positions": ["x"]}
                  ]
                }
              },
              "/api/v1/documents/c-1": {"status": 500, "raw": "oops"},
              "/api/v1/regulations/1": {
                "status": 200,
                "json": {
                  "id": 1,
                  "symbol": "58-QĐ/TW",
                  "relations": [
                    {
                      "type": "REPLACES",
                      "direction": "OUTGOING",
                      "regulation": {"id": 2, "symbol": "126-QĐ/TW"}
                    },
                    {
                      "type": "GUIDES",
                      "direction": "INCOMING",
                      "regulation": {"id": 4, "symbol": "01-HD/BTCTW"}
                    },
                    {"type": "AMENDS", "direction": null, "regulation": {"symbol": "99-QĐ/TW"}}
                  ]
                }
              },
              "/api/v1/regulations/2": {
                "status": 200,
                "json": {
                  "id": 2,
                  "relations": [
                    {"type": "REPLACES", "direction": "INCOMING", "regulation": {"symbol": "58-QĐ/TƯ"}},
                    {"type": "AMENDS", "regulation": {"kind": "DIRECTIVE", "number": "39"}}
                  ]
                }
              }
            }
          }
      """
          .replace("@LONG@", "Nội dung không hợp lệ: " + "ư".repeat(300));

  @Test
  void scoresACannedServerExactlyLikeScorePy(@TempDir Path dir) throws IOException {
    JsonNode fx = json(FIXTURE);
    Map<String, String> articles = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> a : fx.get("articles").properties()) {
      articles.put(a.getKey(), a.getValue().textValue());
      Files.writeString(dir.resolve(a.getKey()), a.getValue().textValue(), UTF_8);
    }
    Path gold = dir.resolve("gold.json");
    Files.write(gold, JSON.writeValueAsBytes(fx.get("gold")));
    List<String> calls = new ArrayList<>();
    GoldScorer.Http server =
        (method, path, body, contentType) -> {
          calls.add(method + " " + path);
          JsonNode response;
          if (method.equals("POST")) {
            assertThat(contentType).isEqualTo("text/plain; charset=utf-8");
            String text = new String(body, UTF_8);
            String file =
                articles.entrySet().stream()
                    .filter(
                        e -> e.getValue().replace("\r\n", "\n").replace('\r', '\n').equals(text))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("unexpected body " + text));
            response = fx.get("post").get(file);
          } else {
            response = fx.get("get").get(path);
            if (response == null) {
              response =
                  json("{\"status\": 404, \"json\": {\"status\": 404, \"title\": \"Not Found\"}}");
            }
          }
          try {
            byte[] raw =
                response.has("json")
                    ? JSON.writeValueAsBytes(response.get("json"))
                    : response.get("raw").textValue().getBytes(UTF_8);
            return new GoldScorer.Exchange(response.get("status").intValue(), raw);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        };

    GoldScorer.Report report = GoldScorer.score(dir, gold, server);

    List<String> rows = new ArrayList<>();
    report.details().forEach((name, text) -> rows.add(name + "\t" + text));
    assertThat(String.join("\n", rows))
        .isEqualTo(
            """
          citations\tF1 0.727  P 0.800  R 0.667  (tp 4 fp 1 fn 2)
          relations\tF1 0.500  P 0.500  R 0.500  (tp 1 fp 1 fn 1)
          meetings\tF1 0.600  P 0.600  R 0.600  (tp 3 fp 2 fn 2)
          persons\tF1 0.500  P 0.667  R 0.400  (tp 2 fp 1 fn 3)
          positions\tF1 0.889  P 0.800  R 1.000  (tp 4 fp 1 fn 0)
          chairs\tF1 0.500  P 0.500  R 0.500  (tp 1 fp 1 fn 1)
          meetingRegs\tF1 0.400  P 0.500  R 0.333  (tp 1 fp 1 fn 2)
          cite.kind\taccuracy 0.750  (3/4)
          cite.issuer\taccuracy 1.000  (3/3)
          cite.issuedOn\taccuracy 0.500  (1/2)
          cite.title\taccuracy 1.000  (2/2)
          cite.structure\taccuracy 1.000  (1/1)
          meet.date\taccuracy 1.000  (3/3)
          meet.kind\taccuracy 0.333  (1/3)
          meet.province\taccuracy 0.333  (1/3)
          meet.organizer\taccuracy 1.000  (3/3)
          meet.attendeeCount\taccuracy 1.000  (3/3)
          meet.online\taccuracy 1.000  (3/3)
          meet.bridgePoints\taccuracy 0.667  (2/3)
          doc.title\taccuracy 1.000  (1/1)
          doc.publishedOn\taccuracy 1.000  (1/1)""");
    assertThat(report.metrics().values())
        .containsExactly(
            0.7272727272727272,
            0.5,
            0.6,
            0.5,
            0.888888888888889,
            0.5,
            0.4,
            0.75,
            1.0,
            0.5,
            1.0,
            1.0,
            1.0,
            0.3333333333333333,
            0.3333333333333333,
            1.0,
            1.0,
            1.0,
            0.6666666666666666,
            1.0,
            1.0);
    assertThat(report.overall()).isEqualTo(0.7475949975949976);
    assertThat(report.problems())
        .containsExactly(
            "a.txt: missed citation 01-HD/BTCTW",
            "a.txt: spurious citation 99-QĐ/TW",
            "a.txt: 126-QĐ/TW kind: got ['DECISION', 'DECREE'] want 'REGULATION'",
            "a.txt: 126-QĐ/TW issuedOn: got [] want '2018-02-28'",
            "a.txt: meeting bridgePoints: got 229 want 230",
            "a.txt: meeting kind: got 'DISSEMINATION' want 'REVIEW'",
            "a.txt: meeting province: got 'Hà Tĩnh' want 'Bắc Giang'",
            "a.txt: meeting kind: got 'REVIEW' want 'OTHER'",
            "a.txt: meeting province: got 'Hà Nam' want None",
            "a.txt: 5 meetings, want 3",
            "a.txt: missed person lê thị thu hồng",
            "a.txt: spurious person nguyễn văn a",
            "b.txt: POST /api/v1/documents -> 403 {'type': 'about:blank', 'title': 'Forbidden', 'status': 403, 'detail': \"Cần quyền 'editor'\", 'ratio': 1.5e-07, 'retry': True, 'extra': None}",
            "c.txt: GET document -> 500",
            "d.txt: POST /api/v1/documents -> 201 None",
            "e.txt: POST /api/v1/documents -> 401 ",
            "f.txt: POST /api/v1/documents -> 400 {'detail': 'Nội dung không hợp lệ: "
                + "ư".repeat(165),
            "missed relation ('58-QĐ/TW', 'ISSUED_WITH', '01-HD/BTCTW')",
            "spurious relation ('126-QĐ/TW', 'AMENDS', 'DIRECTIVE:39')");
    assertThat(calls)
        .containsExactlyInAnyOrder(
            "POST /api/v1/documents",
            "POST /api/v1/documents",
            "POST /api/v1/documents",
            "POST /api/v1/documents",
            "POST /api/v1/documents",
            "POST /api/v1/documents",
            "GET /api/v1/documents/11",
            "GET /api/v1/documents/c-1",
            "GET /api/v1/regulations/1",
            "GET /api/v1/regulations/2",
            "GET /api/v1/regulations/77");
    assertThat(report.table())
        .startsWith("citations            F1 0.727  P 0.800  R 0.667  (tp 4 fp 1 fn 2)")
        .contains("doc.publishedOn      accuracy 1.000  (1/1)")
        .contains("overall 0.748")
        .contains("  - a.txt: missed citation 01-HD/BTCTW");
  }
}
