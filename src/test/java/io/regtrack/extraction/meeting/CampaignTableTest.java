package io.regtrack.extraction.meeting;

import static io.regtrack.extraction.meeting.MeetingTableTest.article;

import io.regtrack.extraction.ArticleExtractor;
import io.regtrack.extraction.meeting.MeetingTableTest.Row;
import io.regtrack.extraction.model.CountQualifier;
import io.regtrack.extraction.model.MeetingKind;
import io.regtrack.extraction.model.ParticipantRole;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14, second corpus batch: a national session with a provincial follow-up, trainings and
 * ceremonies as meetings, counts and names of the second meeting, and the chrome and masthead
 * around them. Rows in the style of {@link MeetingTableTest}; every article, person and number is
 * invented for these tests.
 */
class CampaignTableTest {
  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

  static Stream<Row> rows() {
    return Stream.of(
        Row.of(
                "a national session of a ministry is held in Hà Nội, not at the bridge point",
                article(
                    "Công an tỉnh dự hội nghị toàn quốc triển khai Luật Căn cước",
                    "28/06/2024 17:25",
                    "Sáng 27/6, Bộ Công an tổ chức Hội nghị trực tuyến toàn quốc triển khai Luật"
                        + " Căn cước số 26/2023/QH15. Hội nghị kết nối tới 11.652 điểm cầu.",
                    "Tại điểm cầu Công an tỉnh Kon Tum, Đại tá Lê Văn Trọng, Giám đốc Công an tỉnh"
                        + " chủ trì. Từ điểm cầu tỉnh, hội nghị được kết nối tiếp tới 112 điểm cầu"
                        + " Công an các huyện."))
            .meetingOf(1, 0)
            .organizer("Bộ Công an")
            .province("Hà Nội")
            .bridgePoints(11652),
        Row.of(
                "'Ngay sau hội nghị toàn quốc, X tổ chức hội nghị' is a second meeting that day",
                article(
                    "Triển khai chính sách sắp xếp tổ chức bộ máy",
                    "21/03/2025 20:10",
                    "Sáng 20/3, Hội nghị trực tuyến toàn quốc triển khai Nghị định số"
                        + " 178/2024/NĐ-CP do Bộ Nội vụ tổ chức, kết nối 63 điểm cầu các tỉnh,"
                        + " thành phố.",
                    "Ngay sau hội nghị toàn quốc, UBND tỉnh Nam Định tổ chức hội nghị triển khai"
                        + " kế hoạch của tỉnh tới 10 điểm cầu các huyện với khoảng 320 đại biểu."))
            .meetingOf(2, 1)
            .organizer("Ủy ban nhân dân tỉnh Nam Định")
            .province("Nam Định")
            .date("2025-03-20")
            .bridgePoints(10)
            .attendees(320, CountQualifier.ABOUT),
        Row.of(
                "a training 'mở lớp tập huấn' over two days starts on its first day",
                article(
                    "Bồi dưỡng nghiệp vụ công tác đánh giá cán bộ",
                    "05/12/2023 - 17:20",
                    "Theo chỉ đạo của Ban Thường vụ Tỉnh ủy, trong hai ngày 4 và 5/12, Ban Tổ chức"
                        + " Tỉnh ủy Bắc Giang mở lớp tập huấn nghiệp vụ cho gần 500 học viên."))
            .meetings(1)
            .kind(MeetingKind.DISSEMINATION)
            .date("2023-12-04")
            .organizer("Ban Tổ chức Tỉnh ủy Bắc Giang")
            .attendees(500, CountQualifier.ABOUT),
        Row.of(
                "a ceremony is a meeting of no other kind; a date range is not its date",
                article(
                    "Ngành Tổ chức kỷ niệm 94 năm Ngày truyền thống, sơ kết công tác cán bộ",
                    "Thứ Bảy, 12/10/2024 | 07:45",
                    "QTO - Ban Tổ chức Tỉnh ủy Quảng Trị vừa long trọng tổ chức Lễ kỷ niệm 94 năm"
                        + " Ngày truyền thống ngành Tổ chức xây dựng Đảng (14/10/1930 - 14/10/2024)"
                        + " vào sáng 11/10, tại Hội trường Tỉnh ủy."))
            .meetingOf(1, 0)
            .kind(MeetingKind.OTHER)
            .date("2024-10-11")
            .organizer("Ban Tổ chức Tỉnh ủy Quảng Trị"),
        Row.of(
                "a second meeting 'tổ chức tập huấn', its chair named after a rank, its kind not"
                    + " read from its organizer's name (Ủy ban Kiểm tra)",
                article(
                    "Đảng ủy Quân sự tỉnh quán triệt Quy định về công tác kiểm tra",
                    "16/10/2025 - 15:10",
                    "Ngày 15/10, Đảng ủy Quân sự tỉnh Lâm Đồng tổ chức hội nghị quán triệt Quy"
                        + " định số 296-QĐ/TW.",
                    "Chiều cùng ngày, Ủy ban Kiểm tra Đảng ủy Quân sự tỉnh tổ chức tập huấn nghiệp"
                        + " vụ, với sự tham dự của 95 đồng chí. Thượng tá Kơ Să Ha Lâm, Chủ nhiệm Ủy"
                        + " ban Kiểm tra Đảng ủy Quân sự tỉnh chủ trì lớp tập huấn."))
            .meetingOf(2, 1)
            .kind(MeetingKind.DISSEMINATION)
            .date("2025-10-15")
            .organizer("Ủy ban Kiểm tra Đảng ủy Quân sự tỉnh Lâm Đồng")
            .attendees(95, CountQualifier.EXACT)
            .chairs("Kơ Să Ha Lâm"),
        Row.of(
                "'quán triệt … tới 136 đảng viên' counts who the meeting was for",
                article(
                    "Quán triệt Nghị quyết về chuyển đổi số",
                    "17/01/2025 - 18:42",
                    "Ngày 17/1, Đảng ủy Sở Xây dựng tổ chức hội nghị quán triệt Nghị quyết số"
                        + " 57-NQ/TW tới 136 đảng viên sinh hoạt tại 9 chi bộ."))
            .attendees(136, CountQualifier.EXACT),
        Row.of(
                "a share bar 'Nghe đọc bài | Chia sẻ' is chrome, not the lead",
                article(
                    "Ban Tổ chức Tỉnh ủy sơ kết công tác cán bộ",
                    "Thứ Bảy, 12/10/2024 | 07:45",
                    "Nghe đọc bài | Chia sẻ",
                    "QTO - Ban Tổ chức Tỉnh ủy Quảng Trị vừa tổ chức hội nghị sơ kết công tác cán"
                        + " bộ vào sáng 11/10."))
            .organizer("Ban Tổ chức Tỉnh ủy Quảng Trị")
            .kind(MeetingKind.REVIEW),
        Row.of(
                "a masthead outlet names the province when the lead opens with a tag",
                "BÁO BÌNH ĐỊNH\n\nTập huấn Luật Thi đua, khen thưởng\n\nThứ Sáu, 22/03/2024 16:10"
                    + " (GMT+7)\n\n(BĐ) - Ngày 22/3, Hội đồng Thi đua - Khen thưởng tỉnh phối hợp"
                    + " với Sở Nội vụ tổ chức hội nghị tập huấn Luật Thi đua, khen thưởng.\n")
            .province("Bình Định")
            .organizer("Hội đồng Thi đua - Khen thưởng tỉnh Bình Định, Sở Nội vụ tỉnh Bình Định"),
        Row.of(
                "a city's Khối is named with the city",
                article(
                    "Đảng ủy Khối quán triệt Nghị quyết 57",
                    "17/01/2025 - 18:42",
                    "Sáng 16/1, Đảng ủy Khối các cơ quan Thành phố Hà Nội đã tổ chức hội nghị quán"
                        + " triệt Nghị quyết số 57-NQ/TW."))
            .organizer("Đảng ủy Khối các cơ quan Thành phố Hà Nội")
            .province("Hà Nội"),
        Row.of(
                "a post 'Chính trị viên' and a one-syllable K'Ho name in a slot",
                article(
                    "Đảng ủy Quân sự tỉnh quán triệt Quy định 296",
                    "16/10/2025 - 15:10",
                    "Ngày 15/10, Đảng ủy Quân sự tỉnh Lâm Đồng tổ chức hội nghị quán triệt Quy"
                        + " định số 296-QĐ/TW. Trung tá Ka Sô Hoài, Chính trị viên, phát biểu.",
                    "Phát biểu chỉ đạo, đồng chí K'Dền đề nghị các chi bộ thực hiện nghiêm."))
            .positions("Ka Sô Hoài", "Chính trị viên")
            .role("K'Dền", ParticipantRole.SPEAKER));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void rows(Row row) {
    row.verify(EXTRACTOR.extract(row.text()));
  }
}
