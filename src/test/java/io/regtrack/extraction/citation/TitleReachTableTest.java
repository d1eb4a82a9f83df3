package io.regtrack.extraction.citation;

import static io.regtrack.extraction.citation.CitationTableTest.full;
import static io.regtrack.extraction.citation.CitationTableTest.named;
import static io.regtrack.extraction.citation.CitationTableTest.rel;
import static io.regtrack.extraction.citation.CitationTableTest.relRow;
import static io.regtrack.extraction.citation.CitationTableTest.row;
import static io.regtrack.extraction.model.RegulationKind.CIRCULAR;
import static io.regtrack.extraction.model.RegulationKind.DECISION;
import static io.regtrack.extraction.model.RegulationKind.DECREE;
import static io.regtrack.extraction.model.RegulationKind.DIRECTIVE;
import static io.regtrack.extraction.model.RegulationKind.LAW;
import static io.regtrack.extraction.model.RegulationKind.PLAN;
import static io.regtrack.extraction.model.RegulationKind.RESOLUTION;
import static io.regtrack.extraction.model.RelationType.GUIDES;
import static io.regtrack.extraction.model.RelationType.REPLACES;

import io.regtrack.extraction.citation.CitationTableTest.RelRow;
import io.regtrack.extraction.citation.CitationTableTest.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14: how far an unquoted title reaches over the mentions after it — an action with no object
 * yet goes on over "và …", a coordinated action before the next document is the sentence's, two
 * objects joined by "và" both belong to the title (and are both guided) unless the second has
 * fields of its own — and the relations stated through those titles and through "Văn bản này".
 * Checked by the same assertions as {@link CitationTableTest}.
 */
class TitleReachTableTest {
  private final CitationTableTest table = new CitationTableTest();

  static Stream<Row> rows() {
    return Stream.of(
        row(
            "an action with no object yet goes on over 'và triển khai thực hiện …'",
            "Triển khai Kế hoạch số 142-KH/HU ngày 5/1/2024 về học tập, quán triệt và triển khai"
                + " thực hiện Nghị quyết số 43-NQ/TW, từ nội dung đến cách làm.",
            full("Kế hoạch số 142-KH/HU", PLAN, "142", "142-KH/HU")
                .on(2024, 1, 5)
                .titled("về học tập, quán triệt và triển khai thực hiện Nghị quyết số 43-NQ/TW"),
            full("Nghị quyết số 43-NQ/TW", RESOLUTION, "43", "43-NQ/TW")),
        row(
            "the sentence's next action ('và triển khai' before a plan) is not the title's",
            "Hội nghị quán triệt Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về tổ chức"
                + " đại hội đảng bộ các cấp và triển khai Kế hoạch số 120-KH/HU ngày 20/8/2019.",
            full("Chỉ thị số 35-CT/TW", DIRECTIVE, "35", "35-CT/TW")
                .on(2019, 5, 30)
                .by("Bộ Chính trị")
                .titled("về tổ chức đại hội đảng bộ các cấp"),
            full("Kế hoạch số 120-KH/HU", PLAN, "120", "120-KH/HU").on(2019, 8, 20)),
        row(
            "two objects joined by 'và' both belong to a verb-phrase title",
            "UBND tỉnh ban hành Quyết định số 512/QĐ-UBND ngày 18/3/2025 ban hành Kế hoạch triển"
                + " khai thực hiện Nghị định số 178/2024/NĐ-CP và Nghị định số 67/2025/NĐ-CP trên"
                + " địa bàn tỉnh.",
            full("Quyết định số 512/QĐ-UBND", DECISION, "512", "512/QĐ-UBND")
                .on(2025, 3, 18)
                .by("Ủy ban nhân dân tỉnh")
                .titled(
                    "ban hành Kế hoạch triển khai thực hiện Nghị định số 178/2024/NĐ-CP và Nghị"
                        + " định số 67/2025/NĐ-CP trên địa bàn tỉnh"),
            full("Nghị định số 178/2024/NĐ-CP", DECREE, "178", "178/2024/NĐ-CP"),
            full("Nghị định số 67/2025/NĐ-CP", DECREE, "67", "67/2025/NĐ-CP")),
        row(
            "a second document with its own date and issuer is listed, not the title's object",
            "Nghị định số 26/2020/NĐ-CP ngày 28/02/2020 của Chính phủ quy định chi tiết một số"
                + " điều của Luật Bảo vệ bí mật nhà nước số 29/2018/QH14 và Thông tư số"
                + " 24/2020/TT-BCA ngày 10/3/2020 của Bộ Công an.",
            full("Nghị định số 26/2020/NĐ-CP", DECREE, "26", "26/2020/NĐ-CP")
                .on(2020, 2, 28)
                .by("Chính phủ")
                .titled(
                    "quy định chi tiết một số điều của Luật Bảo vệ bí mật nhà nước số"
                        + " 29/2018/QH14"),
            full("Luật Bảo vệ bí mật nhà nước số 29/2018/QH14", LAW, "29", "29/2018/QH14")
                .titled("Luật Bảo vệ bí mật nhà nước"),
            full("Thông tư số 24/2020/TT-BCA", CIRCULAR, "24", "24/2020/TT-BCA")
                .on(2020, 3, 10)
                .by("Bộ Công an")),
        row(
            "a Government resolution's 'ban hành Chương trình hành động …' is its title",
            "Giới thiệu Nghị quyết số 03/NQ-CP ngày 9/1/2025 của Chính phủ ban hành Chương trình"
                + " hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW, cùng các nhiệm vụ.",
            full("Nghị quyết số 03/NQ-CP", RESOLUTION, "03", "03/NQ-CP")
                .on(2025, 1, 9)
                .by("Chính phủ")
                .titled(
                    "ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số"
                        + " 57-NQ/TW"),
            full("Nghị quyết số 57-NQ/TW", RESOLUTION, "57", "57-NQ/TW")),
        row(
            "a law named again by its title keeps the term and date written after it",
            "Triển khai Luật Căn cước số 26/2023/QH15. Luật Căn cước được Quốc hội khóa XV thông"
                + " qua ngày 27/11/2023.",
            full("Luật Căn cước số 26/2023/QH15", LAW, "26", "26/2023/QH15")
                .titled("Luật Căn cước"),
            named("Luật Căn cước", LAW, "26", "26/2023/QH15")
                .on(2023, 11, 27)
                .by("Quốc hội")
                .titled("Luật Căn cước")
                .term("khóa XV")),
        row(
            "the structure after when the law takes effect",
            "Luật Thi đua, khen thưởng số 06/2022/QH15 được Quốc hội thông qua ngày 15/6/2022, có"
                + " hiệu lực thi hành từ ngày 1/1/2024, gồm 8 chương, 96 điều.",
            full("Luật Thi đua, khen thưởng số 06/2022/QH15", LAW, "06", "06/2022/QH15")
                .on(2022, 6, 15)
                .by("Quốc hội")
                .titled("Luật Thi đua, khen thưởng")
                .structure(8, 96)));
  }

  static Stream<RelRow> relationRows() {
    return Stream.of(
        relRow(
            "GUIDES: 'về học tập, quán triệt và triển khai thực hiện' in a plan's title",
            "Kế hoạch số 142-KH/HU ngày 5/1/2024 về học tập, quán triệt và triển khai thực hiện"
                + " Nghị quyết số 43-NQ/TW.",
            2,
            rel(GUIDES, "142-KH/HU", "43-NQ/TW")),
        relRow(
            "GUIDES: both objects of 'triển khai thực hiện A và B'",
            "Quyết định số 512/QĐ-UBND ngày 18/3/2025 ban hành Kế hoạch triển khai thực hiện Nghị"
                + " định số 178/2024/NĐ-CP và Nghị định số 67/2025/NĐ-CP trên địa bàn tỉnh.",
            3,
            rel(GUIDES, "512/QĐ-UBND", "178/2024/NĐ-CP"),
            rel(GUIDES, "512/QĐ-UBND", "67/2025/NĐ-CP")),
        relRow(
            "GUIDES: 'quy định chi tiết thi hành một số điều của Luật …'",
            "Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành"
                + " một số điều của Luật Thi đua, khen thưởng số 06/2022/QH15.",
            2,
            rel(GUIDES, "98/2023/NĐ-CP", "06/2022/QH15")),
        relRow(
            "only the first object: the second document has its own date and issuer",
            "Nghị định số 26/2020/NĐ-CP quy định chi tiết một số điều của Luật Bảo vệ bí mật nhà"
                + " nước số 29/2018/QH14 và Thông tư số 24/2020/TT-BCA ngày 10/3/2020 của Bộ Công"
                + " an.",
            3,
            rel(GUIDES, "26/2020/NĐ-CP", "29/2018/QH14")),
        relRow(
            "GUIDES: a Government resolution's action programme 'thực hiện' a resolution",
            "Nghị quyết số 03/NQ-CP của Chính phủ ban hành Chương trình hành động của Chính phủ"
                + " thực hiện Nghị quyết số 57-NQ/TW.",
            2,
            rel(GUIDES, "03/NQ-CP", "57-NQ/TW")),
        relRow(
            "REPLACES: 'Văn bản này thay thế …' is said of the document cited last",
            "Ban Thường vụ Thành ủy ban hành Quy định số 19-QĐ/TU ngày 15/3/2022 về khuyến khích"
                + " cán bộ. Văn bản này thay thế Quy định số 08-QĐ/TU ngày 9/6/2019.",
            2,
            rel(REPLACES, "19-QĐ/TU", "08-QĐ/TU")),
        relRow(
            "no relation: 'văn bản' without a demonstrative is no anaphor",
            "Quy định số 19-QĐ/TU được phổ biến. Văn bản hướng dẫn thay thế Quy định số"
                + " 08-QĐ/TU.",
            2));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("rows")
  void titles(Row row) {
    table.citations(row);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("relationRows")
  void relations(RelRow row) {
    table.relations(row);
  }
}
