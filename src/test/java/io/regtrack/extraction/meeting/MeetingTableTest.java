package io.regtrack.extraction.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import io.regtrack.extraction.ArticleExtractor;
import io.regtrack.extraction.model.CountQualifier;
import io.regtrack.extraction.model.ExtractedMeeting;
import io.regtrack.extraction.model.ExtractionResult;
import io.regtrack.extraction.model.MeetingKind;
import io.regtrack.extraction.model.MeetingRegulationRole;
import io.regtrack.extraction.model.PartOfDay;
import io.regtrack.extraction.model.ParticipantRole;
import io.regtrack.extraction.text.VietnameseText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven tests of the meeting stage, through the whole pipeline ({@link ArticleExtractor}):
 * each row is a small invented article (headline, optional publish line, one to three paragraphs)
 * and the meeting fields it must yield. A row asserts only the fields it names; a field named with
 * {@code null} must be {@code null}.
 *
 * <p>Every article, person, number and date below is invented for these tests (regulation symbols
 * are illustrative). Rows the engine currently gets wrong are kept out of the tables and listed in
 * the notes of issue 4 instead.
 */
class MeetingTableTest {

  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

  // ------------------------------------------------------------------------------- dates

  static Stream<Row> dates() {
    return Stream.of(
        Row.of(
                "'Sáng 12/10' + publish line → year of the publish date, inferred, morning",
                article(
                    "Lào Cai: Quán triệt quy định về công tác giám sát cho cán bộ chủ chốt",
                    "12/10/2023 | 10:15",
                    "Sáng 12/10, Ban Thường vụ Tỉnh ủy Lào Cai tổ chức hội nghị quán triệt Quy định"
                        + " số 86-QĐ/TW ngày 1/11/2022 của Bộ Chính trị về giám sát trong Đảng cho"
                        + " cán bộ chủ chốt của tỉnh.",
                    "Đồng chí Hoàng Văn Thiện, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị."))
            .date("2023-10-12")
            .inferred(true)
            .partial(null)
            .partOfDay(PartOfDay.MORNING),
        Row.of(
                "'sáng ngày 05/7/2021' → full date stated, not inferred",
                article(
                    "Hội nghị đánh giá 3 năm thực hiện Chỉ thị của Ban Thường vụ Đảng ủy Khối về"
                        + " công tác cán bộ",
                    null,
                    "Thực hiện chương trình công tác năm 2021, sáng ngày 05/7/2021, tại Hà Nội,"
                        + " Đảng ủy Khối Doanh nghiệp Trung ương tổ chức Hội nghị đánh giá 3 năm thực"
                        + " hiện Chỉ thị số 04-CT/ĐUK ngày 12/3/2018 của Ban Thường vụ Đảng ủy Khối"
                        + " về tăng cường công tác cán bộ.",
                    "Đồng chí Trịnh Quốc Việt, Bí thư Đảng ủy Khối chủ trì Hội nghị."))
            .date("2021-07-05")
            .inferred(false)
            .partOfDay(PartOfDay.MORNING),
        Row.of(
                "'Chiều 3-11' (hyphen) + publish line with weekday and GMT → afternoon",
                article(
                    "Tuyên Quang: Triển khai Hướng dẫn của Ban Tổ chức Trung ương về đánh giá cán"
                        + " bộ",
                    "Thứ Sáu, 03/11/2023 17:20 (GMT+7)",
                    "Chiều 3-11, Ban Tổ chức Tỉnh ủy Tuyên Quang tổ chức hội nghị triển khai Hướng"
                        + " dẫn số 21-HD/BTCTW ngày 10-10-2023 của Ban Tổ chức Trung ương về kiểm"
                        + " điểm, đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân."))
            .date("2023-11-03")
            .inferred(true)
            .partOfDay(PartOfDay.AFTERNOON),
        Row.of(
                "'Ngày 16-4' → no part of day; the day before the publish date",
                article(
                    "Cà Mau sơ kết 5 năm thực hiện Kết luận của Bộ Chính trị về công tác dân vận",
                    "17/04/2024 | 08:30",
                    "Ngày 16-4, Ban Thường vụ Tỉnh ủy Cà Mau tổ chức hội nghị sơ kết 5 năm thực"
                        + " hiện Kết luận số 43-KL/TW ngày 7-1-2019 của Bộ Chính trị về công tác dân"
                        + " vận trong tình hình mới.",
                    "Đồng chí Lê Hoàng Sang, Phó Bí thư Tỉnh ủy chủ trì hội nghị."))
            .date("2024-04-16")
            .inferred(true)
            .partOfDay(null),
        Row.of(
                "'Ngày 27.8' (dotted) + publish line '27/08/2025 09:00 GMT+7'",
                article(
                    "Hà Tĩnh: Hơn 2.700 đại biểu dự hội nghị quán triệt quy định mới về công tác"
                        + " cán bộ",
                    "27/08/2025 09:00 GMT+7",
                    "Ngày 27.8, Ban Thường vụ Tỉnh ủy Hà Tĩnh tổ chức hội nghị trực tuyến quán"
                        + " triệt Quy định số 377-QĐ/TW ngày 15.7.2025 của Bộ Chính trị về phân cấp"
                        + " quản lý cán bộ tới 69 điểm cầu cấp xã, với hơn 2.700 đại biểu tham dự."))
            .date("2025-08-27")
            .inferred(true)
            .partOfDay(null),
        Row.of(
                "'Sáng nay (15/6)' + 'Cập nhật' publish line",
                article(
                    "Thanh Hóa: Phổ biến pháp luật về phòng, chống tham nhũng cho cán bộ chủ chốt",
                    "Cập nhật 15/06/2022, 10:05:00",
                    "Sáng nay (15/6), Ban Nội chính Tỉnh ủy Thanh Hóa tổ chức hội nghị phổ biến"
                        + " pháp luật về phòng, chống tham nhũng cho khoảng 200 đại biểu là cán bộ"
                        + " chủ chốt các sở, ngành."))
            .date("2022-06-15")
            .inferred(true)
            .partOfDay(PartOfDay.MORNING),
        Row.of(
                "'Sáng hôm nay (21/7)' + publish line",
                article(
                    "Hội nghị học tập chuyên đề dành cho cán bộ chủ chốt Khối các cơ quan tỉnh",
                    "21/07/2023 | 09:10",
                    "Sáng hôm nay (21/7), Đảng ủy Khối các cơ quan tỉnh Quảng Ngãi tổ chức hội nghị"
                        + " học tập chuyên đề năm 2023 cho cán bộ chủ chốt."))
            .date("2023-07-21")
            .inferred(true)
            .partOfDay(PartOfDay.MORNING),
        Row.of(
                "'Chiều 30/12' published on 5 January → the year before the publish year",
                article(
                    "Bạc Liêu: Tổng kết công tác xây dựng Đảng năm 2023",
                    "05/01/2024 | 14:00",
                    "Chiều 30/12, Tỉnh ủy Bạc Liêu tổ chức hội nghị tổng kết công tác xây dựng Đảng"
                        + " năm 2023, triển khai nhiệm vụ năm 2024.",
                    "Đồng chí Huỳnh Chí Nguyện, Bí thư Tỉnh ủy chủ trì hội nghị."))
            .date("2023-12-30")
            .inferred(true)
            .partOfDay(PartOfDay.AFTERNOON),
        Row.of(
                "'Tối 21/9' → evening",
                article(
                    "Đồng Nai: Hội nghị học tập chuyên đề năm 2022 cho cán bộ chủ chốt",
                    "22/09/2022 | 07:45",
                    "Tối 21/9, Ban Thường vụ Tỉnh ủy Đồng Nai tổ chức hội nghị học tập chuyên đề"
                        + " năm 2022 cho cán bộ chủ chốt toàn tỉnh."))
            .date("2022-09-21")
            .inferred(true)
            .partOfDay(PartOfDay.EVENING),
        Row.of(
                "outlet tag '(BTO) - Chiều 18/7' opens the lead",
                article(
                    "Bình Thuận: Hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm",
                    "18/07/2023 | 20:10",
                    "(BTO) - Chiều 18/7, Ban Tuyên giáo Tỉnh ủy Bình Thuận tổ chức hội nghị sơ kết"
                        + " công tác tuyên giáo 6 tháng đầu năm 2023."))
            .date("2023-07-18")
            .inferred(true)
            .partOfDay(PartOfDay.AFTERNOON),
        Row.of(
                "'Ngày 14-3-2024' full hyphenated date, no publish line",
                article(
                    "Kiểm tra việc thực hiện quy định về bảo vệ chính trị nội bộ",
                    null,
                    "Ngày 14-3-2024, Đoàn kiểm tra số 3 của Tiểu ban Bảo vệ chính trị nội bộ Tỉnh"
                        + " ủy Ninh Thuận do đồng chí Châu Văn Hòa, Trưởng Ban Tổ chức Tỉnh ủy làm"
                        + " trưởng đoàn, đã kiểm tra việc thực hiện Quy định số 71-QĐ/TW ngày"
                        + " 8-6-2022 của Bộ Chính trị tại Đảng ủy Khối các cơ quan tỉnh."))
            .date("2024-03-14")
            .inferred(false)
            .partOfDay(null),
        Row.of(
                "no publish line: 'tổng kết 10 năm thực hiện Chỉ thị … ngày 9/1/2013' → 2023",
                article(
                    "Tổng kết 10 năm thực hiện Chỉ thị về công tác bảo vệ bí mật nhà nước",
                    null,
                    "Sáng 22/4, Tỉnh ủy Ninh Bình tổ chức hội nghị tổng kết 10 năm thực hiện Chỉ"
                        + " thị số 24-CT/TW ngày 9/1/2013 của Ban Bí thư về công tác bảo vệ bí mật"
                        + " nhà nước.",
                    "Đồng chí Đinh Công Lượng, Phó Bí thư Tỉnh ủy chủ trì hội nghị."))
            .date("2023-04-22")
            .inferred(true)
            .partial(null),
        Row.of(
                "no publish line: 'sơ kết 5 năm thực hiện Quy định … ngày 3/6/2019' → 2024",
                article(
                    "Sơ kết 5 năm thực hiện Quy định của Ban Thường vụ Tỉnh ủy về tiếp xúc đối"
                        + " thoại",
                    null,
                    "Chiều 11/6, Ban Thường vụ Tỉnh ủy Quảng Ngãi tổ chức hội nghị sơ kết 5 năm"
                        + " thực hiện Quy định số 47-QĐ/TU ngày 3/6/2019 của Ban Thường vụ Tỉnh ủy"
                        + " về tiếp xúc, đối thoại trực tiếp với nhân dân."))
            .date("2024-06-11")
            .inferred(true)
            .partOfDay(PartOfDay.AFTERNOON),
        Row.of(
                "no publish line, no arithmetic: earliest year not before the latest cited date",
                article(
                    "Quán triệt quy định mới về kiểm soát quyền lực tại Đảng bộ huyện Mộc Châu",
                    null,
                    "Sáng 8/3, Huyện ủy Mộc Châu tổ chức hội nghị quán triệt Quy định số"
                        + " 131-QĐ/TW ngày 15/9/2023 của Bộ Chính trị về kiểm soát quyền lực cho cán"
                        + " bộ chủ chốt của huyện."))
            .date("2024-03-08")
            .inferred(true),
        Row.of(
                "'Vào sáng 12/3, …' opens the lead",
                article(
                    "Phú Thọ quán triệt quy định về kiểm soát quyền lực trong công tác cán bộ",
                    "13/03/2024 | 08:20",
                    "Vào sáng 12/3, Tỉnh ủy Phú Thọ tổ chức hội nghị quán triệt Quy định số"
                        + " 114-QĐ/TW ngày 11/7/2023 của Bộ Chính trị cho cán bộ chủ chốt."))
            .date("2024-03-12")
            .inferred(true)
            .partOfDay(PartOfDay.MORNING),
        Row.of(
                "the date only in a later paragraph: 'Hội nghị được tổ chức vào sáng 12/3 …'",
                article(
                    "Đan Phượng quán triệt quy định về công tác kiểm tra, giám sát",
                    "15/03/2024 | 09:10",
                    "Nhằm nâng cao nhận thức của cán bộ, đảng viên về công tác kiểm tra, giám sát,"
                        + " Ban Thường vụ Huyện ủy Đan Phượng đã triển khai nhiều giải pháp đồng"
                        + " bộ.",
                    "Năm 2023, toàn Đảng bộ huyện đã kiểm tra 45 tổ chức đảng và 120 đảng viên,"
                        + " qua đó kịp thời chấn chỉnh những hạn chế, khuyết điểm.",
                    "Hội nghị quán triệt được tổ chức vào sáng 12/3 tại Hội trường Huyện ủy với sự"
                        + " tham dự của hơn 300 đại biểu."))
            .date("2024-03-12")
            .inferred(true)
            .partOfDay(PartOfDay.MORNING),
        Row.of(
                "'Hội nghị diễn ra sáng 8/11 …' in the second paragraph",
                article(
                    "Quán triệt quy định về trách nhiệm nêu gương của cán bộ, đảng viên",
                    "09/11/2023 | 16:45",
                    "Đảng ủy Khối các cơ quan tỉnh Hòa Bình vừa tổ chức hội nghị quán triệt Quy định"
                        + " số 101-QĐ/TW của Ban Bí thư về trách nhiệm nêu gương của cán bộ, đảng"
                        + " viên.",
                    "Hội nghị diễn ra sáng 8/11 theo hình thức trực tiếp kết hợp trực tuyến đến 42"
                        + " điểm cầu."))
            .date("2023-11-08")
            .inferred(true)
            .partOfDay(PartOfDay.MORNING),
        Row.of(
                "'Hội nghị khai mạc vào chiều ngày 5/6/2024' → full date stated",
                article(
                    "Hội thảo khoa học về công tác xây dựng Đảng ở cơ sở",
                    null,
                    "Ban Tổ chức Tỉnh ủy Yên Bái phối hợp với Học viện Chính trị khu vực I tổ chức"
                        + " hội thảo khoa học về nâng cao năng lực lãnh đạo của tổ chức cơ sở"
                        + " đảng.",
                    "Hội thảo khai mạc vào chiều ngày 5/6/2024 tại Hội trường Tỉnh ủy."))
            .date("2024-06-05")
            .inferred(false)
            .partOfDay(PartOfDay.AFTERNOON),
        Row.of(
                "an earlier date of a plan is not the meeting's: the meeting sentence wins",
                article(
                    "Quán triệt các quy định mới của Trung ương về công tác cán bộ",
                    "13/03/2024 | 08:20",
                    "Ngày 5/3, Ban Thường vụ Tỉnh ủy Phú Thọ ban hành Kế hoạch số 120-KH/TU về việc"
                        + " học tập, quán triệt các quy định mới của Trung ương. Thực hiện kế hoạch,"
                        + " sáng 12/3, Tỉnh ủy Phú Thọ tổ chức hội nghị quán triệt Quy định số"
                        + " 114-QĐ/TW của Bộ Chính trị cho cán bộ chủ chốt."))
            .date("2024-03-12")
            .inferred(true)
            .partOfDay(PartOfDay.MORNING),
        Row.of(
                "a background Central Committee plenum's date is not the meeting's",
                article(
                    "Quán triệt quy định về kiểm soát quyền lực",
                    "13/03/2024 | 08:20",
                    "Tỉnh ủy Phú Thọ vừa tổ chức hội nghị quán triệt Quy định số 114-QĐ/TW của Bộ"
                        + " Chính trị cho cán bộ chủ chốt.",
                    "Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng khóa XIII diễn ra vào ngày"
                        + " 2/10/2023 đã thảo luận nhiều nội dung quan trọng về công tác cán bộ."))
            .date(null)
            .partial(null),
        Row.of(
                "a future session ('sẽ được tổ chức vào ngày 20/3') is not the meeting's date",
                article(
                    "Quán triệt quy định về kiểm soát quyền lực",
                    "13/03/2024 | 08:20",
                    "Tỉnh ủy Phú Thọ vừa tổ chức hội nghị quán triệt Quy định số 114-QĐ/TW của Bộ"
                        + " Chính trị cho cán bộ chủ chốt. Theo kế hoạch, hội nghị tiếp theo sẽ được"
                        + " tổ chức vào ngày 20/3."))
            .date(null)
            .partial(null),
        Row.of(
                "no year derivable → date null, day and month kept as --MM-DD",
                article(
                    "Hội nghị giao ban công tác tuyên giáo khu vực miền núi",
                    null,
                    "Chiều 14/11, Ban Tuyên giáo Tỉnh ủy Sơn La tổ chức hội nghị giao ban công tác"
                        + " tuyên giáo khu vực miền núi.",
                    "Đồng chí Cầm Thị Phong, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì hội nghị."))
            .date(null)
            .inferred(false)
            .partial("--11-14")
            .partOfDay(PartOfDay.AFTERNOON),
        Row.of(
                "no year derivable, outlet tag and byline → partial '--07-20'",
                article(
                    "Hội nghị sơ kết công tác dân vận 6 tháng đầu năm",
                    null,
                    "(BĐ) - Sáng 20/7, Ban Dân vận Tỉnh ủy Bình Định tổ chức hội nghị sơ kết công"
                        + " tác dân vận 6 tháng đầu năm.",
                    "Các đại biểu đã thảo luận, đề xuất nhiều giải pháp thực hiện nhiệm vụ 6 tháng"
                        + " cuối năm.",
                    "Bài và ảnh: Phạm Minh Đức"))
            .date(null)
            .partial("--07-20")
            .partOfDay(PartOfDay.MORNING));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dates")
  void dates(Row row) {
    row.verify(EXTRACTOR.extract(row.text()));
  }

  // ------------------------------------------------------------------------------- kinds

  static Stream<Row> kinds() {
    return Stream.of(
        Row.of(
                "quán triệt → DISSEMINATION",
                article(
                    "Hội nghị quán triệt Quy định về công tác bảo vệ chính trị nội bộ",
                    null,
                    "Sáng 19/10/2022, Tỉnh ủy Nam Định tổ chức hội nghị quán triệt quy định về"
                        + " công tác bảo vệ chính trị nội bộ cho cán bộ chủ chốt."))
            .kind(MeetingKind.DISSEMINATION),
        Row.of(
                "học tập → DISSEMINATION",
                article(
                    "Hội nghị học tập, quán triệt chuyên đề năm 2023 tại Thái Nguyên",
                    null,
                    "Sáng 6/3/2023, Ban Tuyên giáo Tỉnh ủy Thái Nguyên tổ chức hội nghị học tập"
                        + " chuyên đề năm 2023 cho cán bộ chủ chốt."))
            .kind(MeetingKind.DISSEMINATION),
        Row.of(
                "tổng kết → REVIEW",
                article(
                    "Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2021",
                    null,
                    "Sáng 10/1/2022, Tỉnh ủy Vĩnh Phúc tổ chức hội nghị tổng kết công tác tổ chức"
                        + " xây dựng Đảng năm 2021 và triển khai nhiệm vụ năm 2022."))
            .kind(MeetingKind.REVIEW)
            .date("2022-01-10"),
        Row.of(
                "sơ kết → REVIEW",
                article(
                    "Gần 350 đại biểu dự hội nghị sơ kết công tác dân vận",
                    null,
                    "Chiều 12/7/2023, Ban Dân vận Tỉnh ủy Quảng Bình tổ chức hội nghị sơ kết công"
                        + " tác dân vận 6 tháng đầu năm 2023 với gần 350 đại biểu tham dự."))
            .kind(MeetingKind.REVIEW),
        Row.of(
                "'tổng kết công tác kiểm tra' → REVIEW (the first kind word wins)",
                article(
                    "Hội nghị tổng kết công tác kiểm tra, giám sát năm 2023",
                    null,
                    "Sáng 15/1/2024, Ủy ban Kiểm tra Tỉnh ủy Tây Ninh tổ chức hội nghị tổng kết"
                        + " công tác kiểm tra, giám sát năm 2023, với hơn 200 đại biểu tham dự."))
            .kind(MeetingKind.REVIEW),
        Row.of(
                "'đánh giá 3 năm thực hiện' → EVALUATION",
                article(
                    "Hội nghị đánh giá 3 năm thực hiện Nghị quyết của Ban Chấp hành Đảng bộ tỉnh",
                    null,
                    "Sáng 24/8/2023, Ban Thường vụ Tỉnh ủy Lạng Sơn tổ chức hội nghị đánh giá 3 năm"
                        + " thực hiện Nghị quyết số 09-NQ/TU ngày 14/7/2020 của Ban Chấp hành Đảng"
                        + " bộ tỉnh về phát triển kinh tế cửa khẩu."))
            .kind(MeetingKind.EVALUATION)
            .regulations(Map.of("09-NQ/TU", MeetingRegulationRole.REVIEWED)),
        Row.of(
                "headline 'Kiểm tra công tác …' → INSPECTION",
                article(
                    "Kiểm tra công tác phòng, chống tham nhũng tại Đảng ủy Khối các cơ quan tỉnh",
                    null,
                    "Đoàn kiểm tra số 2 của Ban Thường vụ Tỉnh ủy Thái Bình vừa làm việc với Đảng"
                        + " ủy Khối các cơ quan tỉnh về việc lãnh đạo thực hiện công tác phòng,"
                        + " chống tham nhũng, thời kỳ kiểm tra từ 1-1-2018 đến 31-12-2019.",
                    "Đồng chí Phạm Văn Nghiêm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Nội chính"
                        + " Tỉnh ủy, Trưởng Đoàn kiểm tra chủ trì buổi làm việc."))
            .kind(MeetingKind.INSPECTION)
            .chairs("Phạm Văn Nghiêm"),
        Row.of(
                "headline 'Đoàn kiểm tra … làm việc' → INSPECTION",
                article(
                    "Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy làm việc tại Huyện ủy Cái Nước",
                    null,
                    "Chiều 20/10/2023, Đoàn kiểm tra số 5 của Ban Thường vụ Tỉnh ủy Cà Mau làm việc"
                        + " với Ban Thường vụ Huyện ủy Cái Nước về công tác cán bộ."))
            .kind(MeetingKind.INSPECTION)
            .date("2023-10-20")
            .province("Cà Mau"),
        Row.of(
                "a plenum of the provincial committee → OTHER",
                article(
                    "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15, khóa XX",
                    null,
                    "Sáng 12/12/2023, Ban Chấp hành Đảng bộ tỉnh An Giang khai mạc Hội nghị lần thứ"
                        + " 15, khóa XX để thảo luận, cho ý kiến về tình hình kinh tế - xã hội năm"
                        + " 2023."))
            .kind(MeetingKind.OTHER)
            .date("2023-12-12")
            .province("An Giang"),
        Row.of(
                "a working session with no kind word → OTHER",
                article(
                    "Ban Thường vụ Tỉnh ủy Hà Giang làm việc với Ban Tổ chức Trung ương",
                    null,
                    "Sáng 5/6/2023, tại Hà Nội, Ban Thường vụ Tỉnh ủy Hà Giang có buổi làm việc với"
                        + " Ban Tổ chức Trung ương về công tác quy hoạch cán bộ."))
            .kind(MeetingKind.OTHER));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void kinds(Row row) {
    row.verify(EXTRACTOR.extract(row.text()));
  }

  // ------------------------------------------------------------------------------- provinces

  static Stream<Row> provinces() {
    return Stream.of(
        Row.of(
                "venue 'tại Hà Nội' of a central body",
                article(
                    "Hội nghị quán triệt chuyên đề về xây dựng Đảng của Đảng ủy Khối",
                    null,
                    "Sáng 14/6/2022, tại Hà Nội, Đảng ủy Khối các cơ quan Trung ương tổ chức hội"
                        + " nghị quán triệt chuyên đề về công tác xây dựng Đảng cho cán bộ chủ chốt"
                        + " các đảng ủy trực thuộc."))
            .province("Hà Nội")
            .location("Hà Nội"),
        Row.of(
                "the venue outranks the organizer's province",
                article(
                    "Ban Thường vụ Tỉnh ủy Hà Giang làm việc với Ban Tổ chức Trung ương",
                    null,
                    "Sáng 5/6/2023, tại Hà Nội, Ban Thường vụ Tỉnh ủy Hà Giang có buổi làm việc với"
                        + " Ban Tổ chức Trung ương về công tác cán bộ. Tỉnh ủy Hà Giang đề xuất một"
                        + " số nội dung về công tác quy hoạch cán bộ."))
            .province("Hà Nội"),
        Row.of(
                "organizer 'Tỉnh ủy Nam Định'",
                article(
                    "Hội nghị quán triệt Quy định về công tác bảo vệ chính trị nội bộ",
                    null,
                    "Sáng 19/10/2022, Tỉnh ủy Nam Định tổ chức hội nghị quán triệt quy định về"
                        + " công tác bảo vệ chính trị nội bộ cho cán bộ chủ chốt."))
            .province("Nam Định")
            .organizer("Tỉnh ủy Nam Định"),
        Row.of(
                "headline prefix 'Sóc Trăng: …' outweighs bare mentions of other provinces",
                article(
                    "Sóc Trăng: Hội nghị sơ kết công tác dân vận",
                    null,
                    "Sáng 5/7/2023, hội nghị sơ kết công tác dân vận 6 tháng đầu năm được tổ chức"
                        + " với sự tham dự của đại biểu tỉnh Bạc Liêu và tỉnh Hậu Giang."))
            .province("Sóc Trăng"),
        Row.of(
                "venue in a town: 'tại Phủ Lý' → Hà Nam",
                article(
                    "Đại biểu thành phố Phủ Lý dự hội nghị quán triệt chuyên đề",
                    null,
                    "Sáng 3/4/2023, tại Phủ Lý, hội nghị quán triệt chuyên đề học tập năm 2023 được"
                        + " tổ chức cho cán bộ chủ chốt."))
            .province("Hà Nam")
            .location("Phủ Lý"),
        Row.of(
                "organizer in a town: 'Thành ủy Phủ Lý' → Hà Nam",
                article(
                    "Hội nghị quán triệt chuyên đề học tập năm 2023",
                    null,
                    "Sáng 3/4/2023, Thành ủy Phủ Lý tổ chức hội nghị quán triệt chuyên đề học tập"
                        + " năm 2023 cho cán bộ chủ chốt."))
            .province("Hà Nam")
            .organizer("Thành ủy Phủ Lý"),
        Row.of(
                "'tại thành phố Việt Trì' → Phú Thọ",
                article(
                    "Hội nghị quán triệt các văn bản mới của Trung ương về công tác cán bộ",
                    null,
                    "Sáng 18/4/2023, tại thành phố Việt Trì, Ban Thường vụ Tỉnh ủy tổ chức hội nghị"
                        + " quán triệt các văn bản mới của Trung ương về công tác cán bộ."))
            .province("Phú Thọ")
            .organizer("Ban Thường vụ Tỉnh ủy Phú Thọ"),
        Row.of(
                "a 2023 meeting keeps the pre-merger province 'Quảng Bình'",
                article(
                    "Quảng Bình: Hội nghị sơ kết công tác dân vận 6 tháng đầu năm",
                    null,
                    "Chiều 12/7/2023, Ban Dân vận Tỉnh ủy Quảng Bình tổ chức hội nghị sơ kết công"
                        + " tác dân vận 6 tháng đầu năm 2023."))
            .province("Quảng Bình"),
        Row.of(
                "national online meeting reported from a local bridge: held in Hà Nội (issue 14)",
                article(
                    "Tiền Giang: Hội nghị trực tuyến toàn quốc quán triệt Nghị quyết của Bộ Chính"
                        + " trị",
                    "14/02/2024 | 11:20",
                    "Sáng 14/2, Bộ Chính trị, Ban Bí thư tổ chức hội nghị trực tuyến toàn quốc quán"
                        + " triệt Nghị quyết số 39-NQ/TW ngày 5/1/2024 của Bộ Chính trị tới các điểm"
                        + " cầu trong cả nước.",
                    "Tại điểm cầu tỉnh Tiền Giang, đồng chí Nguyễn Hữu Lộc, Phó Bí thư Thường trực"
                        + " Tỉnh ủy chủ trì. Dự tại điểm cầu tỉnh có hơn 300 đại biểu."))
            .province("Hà Nội")
            .online(true)
            .date("2024-02-14")
            .chairs("Nguyễn Hữu Lộc")
            .attendees(300, CountQualifier.MORE_THAN));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("provinces")
  void provinces(Row row) {
    row.verify(EXTRACTOR.extract(row.text()));
  }

  // ------------------------------------------------------------------------------- organizers

  static Stream<Row> organizers() {
    return Stream.of(
        // issue 14
        Row.of(
                "bodies joined by a comma organise together: 'X, Y tổ chức'",
                article(
                    "Triển khai Luật Thi đua, khen thưởng trong lực lượng Công an nhân dân",
                    "Thứ Sáu, 12/01/2024 14:08 (GMT+7)",
                    "Sáng 12/1, tại Hà Nội, Đảng ủy Công an Trung ương, Bộ Công an tổ chức hội nghị"
                        + " trực tuyến toàn lực lượng triển khai Luật Thi đua, khen thưởng số"
                        + " 06/2022/QH15. Hội nghị được kết nối tới điểm cầu Công an 63 tỉnh, thành"
                        + " phố và 705 điểm cầu Công an cấp huyện."))
            .organizer("Đảng ủy Công an Trung ương, Bộ Công an")
            .province("Hà Nội")
            .bridgePoints(768),
        Row.of(
                "'TP.HCM' in the organizer's name is Thành phố Hồ Chí Minh",
                article(
                    "TP.HCM quán triệt Quy định về kiểm soát quyền lực",
                    "15/08/2023 10:42",
                    "Sáng 15-8, Ban Thường vụ Thành ủy TP.HCM tổ chức hội nghị trực tuyến quán"
                        + " triệt Quy định số 114-QĐ/TW ngày 11-7-2023 của Bộ Chính trị."))
            .organizer("Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh")
            .province("Thành phố Hồ Chí Minh"),
        Row.of(
                "the provincial follow-up of a central meeting is held in the province",
                article(
                    "Quảng Ngãi: Quán triệt Quy định số 144-QĐ/TW",
                    "25/06/2024 18:20",
                    "Sáng 25/6, Ban Tuyên giáo Trung ương phối hợp với Ban Tổ chức Trung ương tổ"
                        + " chức hội nghị trực tuyến toàn quốc quán triệt Quy định số 144-QĐ/TW."
                        + " Hội nghị được tổ chức tại Hội trường Diên Hồng, Nhà Quốc hội (Hà Nội).",
                    "Chiều cùng ngày, Ban Thường vụ Tỉnh ủy Quảng Ngãi tổ chức hội nghị triển khai"
                        + " Quy định số 144-QĐ/TW cho cán bộ chủ chốt của tỉnh."))
            .meetingOf(2, 1)
            .organizer("Ban Thường vụ Tỉnh ủy Quảng Ngãi")
            .province("Quảng Ngãi")
            .date("2024-06-25"),
        Row.of(
                "a later meeting's paragraph after a caption with no full stop, opened by 'Theo"
                    + " chỉ đạo của X,' and a bullet: X is not its organizer",
                article(
                    "Đắk Nông quán triệt Quy định thi hành Điều lệ Đảng",
                    "26/02/2025 17:00",
                    "Sáng 26/2, Ban Thường vụ Tỉnh ủy Đắk Nông tổ chức hội nghị quán triệt Quy định"
                        + " số 232-QĐ/TW của Ban Chấp hành Trung ương.",
                    "Quang cảnh hội nghị. Ảnh: Minh Đức",
                    "* Theo chỉ đạo của Ban Thường vụ Tỉnh ủy, chiều cùng ngày, Đảng ủy các cơ quan"
                        + " Đảng tỉnh tổ chức hội nghị quán triệt Quy định số 232-QĐ/TW cho 320 đảng"
                        + " viên."))
            .meetingOf(2, 1)
            .organizer("Đảng ủy các cơ quan Đảng tỉnh Đắk Nông")
            .date("2025-02-26")
            .attendees(320, CountQualifier.EXACT),
        Row.of(
                "a later meeting after New Year is in the next year",
                article(
                    "Đảng bộ Khối các cơ quan tỉnh tổng kết công tác xây dựng Đảng",
                    "05/01/2024 10:12",
                    "Ngày 28/12, Đảng ủy Khối các cơ quan tỉnh Lào Cai tổ chức hội nghị tổng kết"
                        + " công tác xây dựng Đảng năm 2023.",
                    "Tiếp đó, ngày 3/1, Ban Thường vụ Đảng ủy Khối tổ chức hội nghị quán triệt"
                        + " Quy định số 114-QĐ/TW."))
            .meetingOf(2, 1)
            .date("2024-01-03"),
        Row.of(
                "'Ban Tổ chức Tỉnh ủy Tuyên Quang tổ chức hội nghị'",
                article(
                    "Triển khai Hướng dẫn về đánh giá, xếp loại chất lượng tập thể, cá nhân",
                    "Thứ Sáu, 03/11/2023 17:20 (GMT+7)",
                    "Chiều 3-11, Ban Tổ chức Tỉnh ủy Tuyên Quang tổ chức hội nghị triển khai Hướng"
                        + " dẫn số 21-HD/BTCTW ngày 10-10-2023 của Ban Tổ chức Trung ương."))
            .organizer("Ban Tổ chức Tỉnh ủy Tuyên Quang")
            .province("Tuyên Quang")
            .kind(MeetingKind.DISSEMINATION),
        Row.of(
                "'Tỉnh ủy Phú Thọ tổ chức hội nghị'",
                article(
                    "Hội nghị tổng kết công tác kiểm tra, giám sát năm 2022",
                    null,
                    "Chiều 5/1/2023, Tỉnh ủy Phú Thọ tổ chức hội nghị tổng kết công tác kiểm tra,"
                        + " giám sát năm 2022."))
            .organizer("Tỉnh ủy Phú Thọ"),
        Row.of(
                "'Ban Thường vụ Tỉnh ủy' completed with the headline's province",
                article(
                    "Long An: Hội nghị quán triệt quy định về trách nhiệm nêu gương",
                    null,
                    "Sáng 9/5/2023, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt quy định về"
                        + " trách nhiệm nêu gương của cán bộ, đảng viên."))
            .organizer("Ban Thường vụ Tỉnh ủy Long An")
            .province("Long An"),
        Row.of(
                "'Đảng ủy Khối các cơ quan Trung ương' after the venue clause",
                article(
                    "Hội nghị quán triệt chuyên đề về xây dựng Đảng",
                    null,
                    "Sáng 14/6/2022, tại Hà Nội, Đảng ủy Khối các cơ quan Trung ương tổ chức hội"
                        + " nghị quán triệt chuyên đề về công tác xây dựng Đảng."))
            .organizer("Đảng ủy Khối các cơ quan Trung ương"),
        Row.of(
                "'Ủy ban Kiểm tra Tỉnh ủy Tây Ninh'",
                article(
                    "Hội nghị tổng kết công tác kiểm tra, giám sát năm 2023",
                    null,
                    "Sáng 15/1/2024, Ủy ban Kiểm tra Tỉnh ủy Tây Ninh tổ chức hội nghị tổng kết"
                        + " công tác kiểm tra, giám sát năm 2023."))
            .organizer("Ủy ban Kiểm tra Tỉnh ủy Tây Ninh"),
        Row.of(
                "inspection: 'đợt kiểm tra của Tiểu ban …' names the inspecting body",
                article(
                    "Gia Lai: Đoàn công tác Trung ương kiểm tra nhiệm vụ bảo vệ chính trị nội bộ",
                    null,
                    "Đồng chí Phùng Văn Khoa, Phó Trưởng Ban Tổ chức Trung ương, Trưởng Đoàn Kiểm"
                        + " tra số 4 chủ trì hội nghị công bố quyết định kiểm tra việc thực hiện"
                        + " nhiệm vụ bảo vệ chính trị nội bộ đối với Tỉnh ủy Gia Lai.",
                    "Đồng chí Hà Minh Tuệ, Bí thư Tỉnh ủy cho biết, đợt kiểm tra của Tiểu ban Bảo vệ"
                        + " chính trị nội bộ Trung ương là dịp để Đảng bộ tỉnh tự đánh giá kết quả,"
                        + " chỉ ra những việc còn chậm."))
            .kind(MeetingKind.INSPECTION)
            .organizer("Tiểu ban Bảo vệ chính trị nội bộ Trung ương")
            .province("Gia Lai")
            .chairs("Phùng Văn Khoa")
            .date(null)
            .partial(null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("organizers")
  void organizers(Row row) {
    row.verify(EXTRACTOR.extract(row.text()));
  }

  // ------------------------------------------------------------------------------- counts

  static Stream<Row> counts() {
    return Stream.of(
        Row.of(
                "'hơn 2.700 đại biểu' → 2700 MORE_THAN",
                article(
                    "Hà Tĩnh: Hội nghị quán triệt quy định mới về công tác cán bộ",
                    "27/08/2025 09:00 GMT+7",
                    "Ngày 27.8, Ban Thường vụ Tỉnh ủy Hà Tĩnh tổ chức hội nghị quán triệt Quy định"
                        + " số 377-QĐ/TW ngày 15.7.2025 của Bộ Chính trị, với hơn 2.700 đại biểu"
                        + " tham dự."))
            .attendees(2700, CountQualifier.MORE_THAN),
        Row.of(
                "'gần 350 đại biểu' → 350 ABOUT",
                article(
                    "Hội nghị sơ kết công tác dân vận 6 tháng đầu năm",
                    null,
                    "Chiều 12/7/2023, Ban Dân vận Tỉnh ủy Quảng Bình tổ chức hội nghị sơ kết công"
                        + " tác dân vận 6 tháng đầu năm 2023 với gần 350 đại biểu tham dự."))
            .attendees(350, CountQualifier.ABOUT),
        Row.of(
                "'khoảng 200 đại biểu' → 200 ABOUT",
                article(
                    "Thanh Hóa: Phổ biến pháp luật về phòng, chống tham nhũng",
                    null,
                    "Sáng 15/6/2022, Ban Nội chính Tỉnh ủy Thanh Hóa tổ chức hội nghị phổ biến pháp"
                        + " luật về phòng, chống tham nhũng cho khoảng 200 đại biểu."))
            .attendees(200, CountQualifier.ABOUT),
        Row.of(
                "'1.046.215 cán bộ, đảng viên tham dự' → EXACT",
                article(
                    "Hội nghị quán triệt Nghị quyết của Tỉnh ủy",
                    null,
                    "Sáng 15/3/2024, Tỉnh ủy Đắk Nông tổ chức hội nghị quán triệt Nghị quyết số"
                        + " 12-NQ/TU cho 1.046.215 cán bộ, đảng viên tham dự ở các điểm cầu."))
            .attendees(1046215, CountQualifier.EXACT),
        Row.of(
                "'trên 9.000 cán bộ, đảng viên tham dự' → MORE_THAN",
                article(
                    "Hội nghị trực tuyến quán triệt Nghị quyết về xây dựng Đảng",
                    null,
                    "Sáng 2/12/2022, Tỉnh ủy Hòa Bình tổ chức hội nghị trực tuyến quán triệt Nghị"
                        + " quyết số 28-NQ/TW ngày 17/11/2022 của Hội nghị Trung ương 6 khóa XIII,"
                        + " với trên 9.000 cán bộ, đảng viên tham dự."))
            .attendees(9000, CountQualifier.MORE_THAN),
        Row.of(
                "'với 180 đại biểu' → EXACT",
                article(
                    "Hội nghị quán triệt nghị quyết chuyên đề của Ban Chấp hành Đảng bộ tỉnh",
                    null,
                    "Chiều 2/8/2022, Ban Thường vụ Tỉnh ủy Hậu Giang tổ chức hội nghị quán triệt"
                        + " nghị quyết chuyên đề với 180 đại biểu."))
            .attendees(180, CountQualifier.EXACT),
        Row.of(
                "party statistics ('hơn 57 nghìn đảng viên', '712 tổ chức cơ sở đảng') → none",
                article(
                    "Hội nghị tổng kết công tác phát triển đảng viên",
                    null,
                    "Sáng 6/12/2022, Tỉnh ủy Bình Phước tổ chức hội nghị tổng kết công tác phát"
                        + " triển đảng viên. Hiện nay, Đảng bộ tỉnh có 712 tổ chức cơ sở đảng với"
                        + " hơn 57 nghìn đảng viên; năm 2022 đã kết nạp 2.416 đảng viên mới."))
            .attendees(null, null),
        Row.of(
                "honourees ('25 tập thể và 40 cá nhân') → none",
                article(
                    "Hội nghị tổng kết công tác dân vận năm 2022",
                    null,
                    "Sáng 6/12/2022, Tỉnh ủy Bình Phước tổ chức hội nghị tổng kết công tác dân vận."
                        + " Dịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 25 tập thể và 40 cá"
                        + " nhân."))
            .attendees(null, null),
        Row.of(
                "statistics before the stated attendance → the attendance",
                article(
                    "Kon Tum: Làm việc với Đoàn kiểm tra về công tác bảo vệ chính trị nội bộ",
                    null,
                    "Sáng 6/9/2023, Đoàn kiểm tra của Tiểu ban Bảo vệ chính trị nội bộ Trung ương"
                        + " làm việc với Ban Thường vụ Tỉnh ủy Kon Tum. Đảng bộ tỉnh hiện có 402 tổ"
                        + " chức cơ sở đảng với hơn 29 nghìn đảng viên.",
                    "Dự hội nghị có hơn 120 đại biểu là lãnh đạo các ban xây dựng Đảng của Tỉnh"
                        + " ủy."))
            .attendees(120, CountQualifier.MORE_THAN));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("counts")
  void counts(Row row) {
    row.verify(EXTRACTOR.extract(row.text()));
  }

  // ------------------------------------------------------------------------------- online

  static Stream<Row> online() {
    return Stream.of(
        Row.of(
                "district and commune bridge points are summed (11 + 151)",
                article(
                    "Hội nghị trực tuyến quán triệt Nghị quyết về xây dựng Đảng",
                    null,
                    "Sáng 2/12/2022, Tỉnh ủy Hòa Bình tổ chức hội nghị trực tuyến quán triệt Nghị"
                        + " quyết số 28-NQ/TW ngày 17/11/2022 của Hội nghị Trung ương 6 khóa XIII."
                        + " Hội nghị được kết nối tới 11 điểm cầu cấp huyện và 151 điểm cầu cấp xã."))
            .online(true)
            .bridgePoints(162),
        Row.of(
                "a stated total with its parts counts once (173 = 9 + 164)",
                article(
                    "Hội nghị trực tuyến toàn tỉnh triển khai nhiệm vụ năm 2024",
                    null,
                    "Sáng 8/1/2024, Tỉnh ủy Yên Bái tổ chức hội nghị trực tuyến triển khai nhiệm vụ"
                        + " năm 2024. Hội nghị được kết nối tới 173 điểm cầu, gồm 9 điểm cầu cấp"
                        + " huyện và 164 điểm cầu cấp xã."))
            .online(true)
            .bridgePoints(173),
        Row.of(
                "commune and directly-subordinate points after the merger (87 + 5)",
                article(
                    "Ninh Bình: Hội nghị quán triệt quy định mới về công tác kiểm tra",
                    "08/10/2025 16:40 GMT+7",
                    "Ngày 8.10, Ban Thường vụ Tỉnh ủy Ninh Bình tổ chức hội nghị trực tuyến quán"
                        + " triệt quy định mới về công tác kiểm tra, giám sát tới 87 điểm cầu đảng"
                        + " ủy xã, phường và 5 điểm cầu đảng ủy trực thuộc Tỉnh ủy."))
            .online(true)
            .bridgePoints(92)
            .province("Ninh Bình")
            .date("2025-10-08"),
        Row.of(
                "one bridge count: '69 điểm cầu cấp xã'",
                article(
                    "Hà Tĩnh: Hội nghị trực tuyến quán triệt quy định về phân cấp quản lý cán bộ",
                    "27/08/2025 09:00 GMT+7",
                    "Ngày 27.8, Ban Thường vụ Tỉnh ủy Hà Tĩnh tổ chức hội nghị trực tuyến quán"
                        + " triệt Quy định số 377-QĐ/TW ngày 15.7.2025 của Bộ Chính trị tới 69 điểm"
                        + " cầu cấp xã."))
            .online(true)
            .bridgePoints(69),
        Row.of(
                "'truyền hình trực tiếp đến 9 điểm cầu' → online",
                article(
                    "Hội nghị triển khai nhiệm vụ năm 2024 của Đảng bộ tỉnh",
                    null,
                    "Sáng 8/1/2024, Tỉnh ủy Khánh Hòa tổ chức hội nghị triển khai nhiệm vụ năm 2024."
                        + " Hội nghị được truyền hình trực tiếp đến 9 điểm cầu cấp huyện."))
            .online(true)
            .bridgePoints(9),
        Row.of(
                "'trực tuyến' without a count → online, no bridge points; a national meeting"
                    + " attended from a provincial bridge is held in Hà Nội (issue 14)",
                article(
                    "Hội nghị học tập Nghị quyết được tổ chức trực tuyến toàn quốc",
                    null,
                    "Sáng 20/3/2021, Ban Thường vụ Tỉnh ủy Lạng Sơn dự hội nghị trực tuyến toàn"
                        + " quốc học tập, quán triệt Nghị quyết Đại hội XIII của Đảng tại điểm cầu"
                        + " tỉnh."))
            .online(true)
            .bridgePoints(null)
            .province("Hà Nội"),
        Row.of(
                "an in-person meeting → not online",
                article(
                    "Hội nghị quán triệt Quy định về công tác bảo vệ chính trị nội bộ",
                    null,
                    "Sáng 19/10/2022, Tỉnh ủy Nam Định tổ chức hội nghị quán triệt quy định về"
                        + " công tác bảo vệ chính trị nội bộ tại Hội trường Tỉnh ủy."))
            .online(false)
            .bridgePoints(null)
            .location("Hội trường Tỉnh ủy"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("online")
  void online(Row row) {
    row.verify(EXTRACTOR.extract(row.text()));
  }

  // ------------------------------------------------------------------------------- chairs

  static Stream<Row> chairs() {
    return Stream.of(
        Row.of(
                "'Đồng chí X, <posts> chủ trì hội nghị'",
                article(
                    "Hội nghị quán triệt quy định về giám sát trong Đảng",
                    "12/10/2023 | 10:15",
                    "Sáng 12/10, Ban Thường vụ Tỉnh ủy Lào Cai tổ chức hội nghị quán triệt Quy định"
                        + " số 86-QĐ/TW ngày 1/11/2022 của Bộ Chính trị.",
                    "Đồng chí Hoàng Văn Thiện, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị."
                        + " Dự hội nghị có đồng chí Sùng Thị Pà, Ủy viên Ban Thường vụ Tỉnh ủy,"
                        + " Trưởng Ban Tổ chức Tỉnh ủy."))
            .chairs("Hoàng Văn Thiện")
            .role("Sùng Thị Pà", ParticipantRole.ATTENDEE),
        Row.of(
                "'… cùng chủ trì' after the first chair → two chairs",
                article(
                    "Hội nghị tổng kết công tác xây dựng Đảng năm 2023",
                    null,
                    "Chiều 12/1/2024, Ban Thường vụ Tỉnh ủy Quảng Nam tổ chức hội nghị tổng kết"
                        + " công tác xây dựng Đảng năm 2023.",
                    "Đồng chí Lương Minh Triều, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì"
                        + " hội nghị. Đồng chí Trần Anh Tú, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"
                        + " cùng chủ trì."))
            .chairs("Lương Minh Triều", "Trần Anh Tú"),
        Row.of(
                "title before the name: 'Bí thư Tỉnh ủy X chủ trì'",
                article(
                    "Hội nghị quán triệt công tác bảo vệ chính trị nội bộ",
                    null,
                    "Sáng 21/5/2024, Tỉnh ủy Hưng Yên tổ chức hội nghị quán triệt công tác bảo vệ"
                        + " chính trị nội bộ. Bí thư Tỉnh ủy Đào Quang Nghị chủ trì hội nghị."))
            .chairs("Đào Quang Nghị"),
        Row.of(
                "'Dự, chỉ đạo' is not a chair",
                article(
                    "Hội nghị tổng kết công tác bảo vệ chính trị nội bộ",
                    null,
                    "Sáng 21/5/2024, Tỉnh ủy Hưng Yên tổ chức hội nghị tổng kết công tác bảo vệ"
                        + " chính trị nội bộ.",
                    "Dự, chỉ đạo hội nghị có đồng chí Đào Quang Nghị, Ủy viên Trung ương Đảng, Bí"
                        + " thư Tỉnh ủy. Cùng dự có đồng chí Trần Quốc Hưởng, Phó Bí thư Thường trực"
                        + " Tỉnh ủy."))
            .chairs()
            .role("Đào Quang Nghị", ParticipantRole.ATTENDEE)
            .role("Trần Quốc Hưởng", ParticipantRole.ATTENDEE),
        Row.of(
                "the opening speech and the conclusion are not chairs",
                article(
                    "Hội nghị quán triệt công tác bảo vệ chính trị nội bộ năm 2024",
                    null,
                    "Sáng 21/5/2024, Ban Tổ chức Tỉnh ủy Hưng Yên tổ chức hội nghị quán triệt công"
                        + " tác bảo vệ chính trị nội bộ.",
                    "Phát biểu khai mạc hội nghị, đồng chí Đỗ Tiến Sơn, Phó Bí thư Tỉnh ủy nhấn mạnh"
                        + " ý nghĩa của hội nghị. Kết luận hội nghị, đồng chí Đào Văn Hoàn đề nghị"
                        + " các cấp ủy triển khai nghiêm túc."))
            .chairs()
            .role("Đỗ Tiến Sơn", ParticipantRole.SPEAKER)
            .role("Đào Văn Hoàn", ParticipantRole.SPEAKER),
        Row.of(
                "'X, <posts> và đồng chí Y, <post> cùng chủ trì' → two chairs with own posts",
                article(
                    "Hội nghị quán triệt chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách"
                        + " Hồ Chí Minh năm 2024",
                    "14/03/2024 | 10:00",
                    "Sáng 14/3, Tỉnh ủy Cao Bằng tổ chức hội nghị quán triệt chuyên đề học tập năm"
                        + " 2024 cho cán bộ chủ chốt.",
                    "Đồng chí Đàm Văn Tiến, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy và"
                        + " đồng chí Bế Thị Ngân, Phó Chủ tịch UBND tỉnh cùng chủ trì hội nghị."))
            .chairs("Đàm Văn Tiến", "Bế Thị Ngân")
            .positions("Đàm Văn Tiến", "Ủy viên Ban Thường vụ", "Trưởng Ban Tuyên giáo Tỉnh ủy")
            .positions("Bế Thị Ngân", "Phó Chủ tịch UBND tỉnh"),
        Row.of(
                "'Các đồng chí: X, <post>; Y, <post> chủ trì hội nghị' → two chairs",
                article(
                    "Hội nghị sơ kết công tác dân vận 6 tháng đầu năm",
                    "18/07/2023 | 17:30",
                    "Chiều 18/7, Ban Dân vận Tỉnh ủy Điện Biên tổ chức hội nghị sơ kết công tác dân"
                        + " vận 6 tháng đầu năm 2023.",
                    "Các đồng chí: Mùa A Sình, Phó Bí thư Tỉnh ủy; Lò Thị Chiêng, Trưởng Ban Dân vận"
                        + " Tỉnh ủy chủ trì hội nghị."))
            .chairs("Mùa A Sình", "Lò Thị Chiêng"),
        Row.of(
                "'đồng chủ trì' → two chairs",
                article(
                    "Hội nghị triển khai nhiệm vụ công tác kiểm tra, giám sát năm 2024",
                    "10/01/2024 | 15:00",
                    "Sáng 10/1, Huyện ủy Bảo Lạc tổ chức hội nghị triển khai nhiệm vụ công tác kiểm"
                        + " tra, giám sát năm 2024.",
                    "Đồng chí Nông Văn Chiến, Bí thư Huyện ủy và đồng chí Hoàng Thị Mây, Chủ tịch UBND"
                        + " huyện đồng chủ trì hội nghị."))
            .chairs("Nông Văn Chiến", "Hoàng Thị Mây")
            .positions("Hoàng Thị Mây", "Chủ tịch UBND huyện"),
        Row.of(
                "'Chủ trì hội nghị có các đồng chí: …' → the listed persons chair",
                article(
                    "Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2023",
                    "05/01/2024 | 09:00",
                    "Sáng 5/1, Ban Tổ chức Tỉnh ủy Lạng Sơn tổ chức hội nghị tổng kết công tác tổ chức"
                        + " xây dựng Đảng năm 2023.",
                    "Chủ trì hội nghị có các đồng chí: Hoàng Văn Khiêm, Bí thư Tỉnh ủy; Dương Xuân"
                        + " Thịnh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh. Dự hội nghị có đồng chí"
                        + " Lương Trọng Khải, Trưởng Ban Tổ chức Tỉnh ủy."))
            .chairs("Hoàng Văn Khiêm", "Dương Xuân Thịnh")
            .role("Lương Trọng Khải", ParticipantRole.ATTENDEE),
        Row.of(
                "'Dự và chủ trì hội nghị có đồng chí X' → chair",
                article(
                    "Hội nghị quán triệt Kết luận của Bộ Chính trị về công tác dân vận",
                    "20/04/2024 | 11:00",
                    "Sáng 20/4, Ban Thường vụ Tỉnh ủy Bắc Kạn tổ chức hội nghị quán triệt Kết luận số"
                        + " 43-KL/TW của Bộ Chính trị về công tác dân vận.",
                    "Dự và chủ trì hội nghị có đồng chí Hoàng Duy Chiến, Bí thư Tỉnh ủy. Cùng dự có"
                        + " đồng chí Nông Thị Thanh, Phó Bí thư Thường trực Tỉnh ủy."))
            .chairs("Hoàng Duy Chiến")
            .role("Nông Thị Thanh", ParticipantRole.ATTENDEE),
        Row.of(
                "'Hội nghị diễn ra dưới sự chủ trì của đồng chí X' → chair",
                article(
                    "Hội nghị học tập chuyên đề năm 2024 của Đảng bộ huyện",
                    "22/03/2024 | 16:00",
                    "Chiều 22/3, Huyện ủy Thạch An tổ chức hội nghị học tập chuyên đề năm 2024. Hội"
                        + " nghị diễn ra dưới sự chủ trì của đồng chí Chu Văn Lợi, Bí thư Huyện"
                        + " ủy."))
            .chairs("Chu Văn Lợi"),
        Row.of(
                "'… chủ trì hội nghị, cùng dự có đồng chí Y' → Y attends",
                article(
                    "Hội nghị quán triệt quy định về công tác bảo vệ chính trị nội bộ",
                    "22/03/2024 | 16:00",
                    "Chiều 22/3, Tỉnh ủy Hà Giang tổ chức hội nghị quán triệt quy định về công tác bảo"
                        + " vệ chính trị nội bộ.",
                    "Đồng chí Đặng Quốc Hưng, Bí thư Tỉnh ủy chủ trì hội nghị, cùng dự có đồng chí"
                        + " Thào Văn Sính, Phó Bí thư Tỉnh ủy."))
            .chairs("Đặng Quốc Hưng")
            .role("Thào Văn Sính", ParticipantRole.ATTENDEE),
        Row.of(
                "the head of an inspection team 'chủ trì buổi làm việc'",
                article(
                    "Kiểm tra công tác phòng, chống tham nhũng tại Đảng ủy Khối các cơ quan tỉnh",
                    null,
                    "Chiều 20/10/2020, Đoàn kiểm tra số 2 của Ban Thường vụ Tỉnh ủy Thái Bình làm"
                        + " việc với Đảng ủy Khối các cơ quan tỉnh.",
                    "Đồng chí Phạm Văn Nghiêm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Nội chính"
                        + " Tỉnh ủy, Trưởng Đoàn kiểm tra chủ trì buổi làm việc. Đồng chí Bùi Văn"
                        + " Hạnh, Bí thư Đảng ủy Khối báo cáo kết quả thực hiện."))
            .chairs("Phạm Văn Nghiêm")
            .role("Bùi Văn Hạnh", ParticipantRole.SPEAKER));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("chairs")
  void chairs(Row row) {
    row.verify(EXTRACTOR.extract(row.text()));
  }

  // ------------------------------------------------------------------------------- regulations

  static Stream<Row> meetingRegulations() {
    return Stream.of(
        Row.of(
                "two regulations disseminated",
                article(
                    "Hội nghị quán triệt chuyên đề năm 2023",
                    null,
                    "Sáng 9/8/2023, Tỉnh ủy Trà Vinh tổ chức hội nghị quán triệt Kết luận số"
                        + " 01-KL/TW ngày 18/5/2021 của Bộ Chính trị và Quy định số 37-QĐ/TW ngày"
                        + " 25/10/2021 của Ban Chấp hành Trung ương."))
            .regulations(
                Map.of(
                    "01-KL/TW", MeetingRegulationRole.DISSEMINATED,
                    "37-QĐ/TW", MeetingRegulationRole.DISSEMINATED)),
        Row.of(
                "a resolution reviewed ('tổng kết 15 năm thực hiện')",
                article(
                    "Hội nghị tổng kết Nghị quyết về công tác phụ nữ",
                    null,
                    "Sáng 9/8/2023, Tỉnh ủy Trà Vinh tổ chức hội nghị tổng kết 15 năm thực hiện"
                        + " Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị về công tác phụ"
                        + " nữ."))
            .kind(MeetingKind.REVIEW)
            .regulations(Map.of("11-NQ/TW", MeetingRegulationRole.REVIEWED)),
        Row.of(
                "a regulation only named as replaced ('thay thế cho …') is not the meeting's",
                article(
                    "Hội nghị quán triệt quy định mới về công tác dân vận",
                    null,
                    "Sáng 25/7/2024, Ban Thường vụ Tỉnh ủy Phú Thọ tổ chức hội nghị quán triệt Quy"
                        + " định số 178-QĐ/TW ngày 14/5/2024 của Bộ Chính trị về công tác dân vận.",
                    "Quy định số 178-QĐ/TW thay thế cho Quy định số 64-QĐ/TW ngày 2/3/2017 của Bộ"
                        + " Chính trị."))
            .regulations(Map.of("178-QĐ/TW", MeetingRegulationRole.DISSEMINATED)),
        Row.of(
                "a background citation outside the meeting's business is not the meeting's",
                article(
                    "Hội nghị sơ kết thực hiện Chỉ thị về công tác dân vận",
                    null,
                    "Sáng 9/8/2023, Tỉnh ủy Trà Vinh tổ chức hội nghị sơ kết 3 năm thực hiện Chỉ thị"
                        + " số 08-CT/TU ngày 4/5/2020 của Ban Thường vụ Tỉnh ủy về công tác dân vận.",
                    "Trước đó, năm 2021, Ban Bí thư đã ban hành Chỉ thị số 49-CT/TW ngày 20/10/2021"
                        + " về mặt trận."))
            .regulations(Map.of("08-CT/TU", MeetingRegulationRole.REVIEWED)),
        Row.of(
                "an inspected regulation is DISCUSSED",
                article(
                    "Kiểm tra việc thực hiện quy định về bảo vệ chính trị nội bộ tại Ninh Thuận",
                    null,
                    "Ngày 14-3-2024, Đoàn kiểm tra số 3 của Tiểu ban Bảo vệ chính trị nội bộ Tỉnh"
                        + " ủy Ninh Thuận đã kiểm tra việc thực hiện Quy định số 71-QĐ/TW ngày"
                        + " 8-6-2022 của Bộ Chính trị tại Đảng ủy Khối các cơ quan tỉnh."))
            .kind(MeetingKind.INSPECTION)
            .regulations(Map.of("71-QĐ/TW", MeetingRegulationRole.DISCUSSED)),
        Row.of(
                "no citation → no meeting regulation",
                article(
                    "Hội nghị giao ban công tác tuyên giáo quý III",
                    null,
                    "Chiều 2/10/2023, Ban Tuyên giáo Tỉnh ủy Sơn La tổ chức hội nghị giao ban công"
                        + " tác tuyên giáo quý III năm 2023."))
            .regulations(Map.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("meetingRegulations")
  void meetingRegulations(Row row) {
    row.verify(EXTRACTOR.extract(row.text()));
  }

  // ------------------------------------------------------------------------------- negatives

  static Stream<Row> negatives() {
    return Stream.of(
        Row.of(
                "'Thực hiện Kế hoạch …, … đề nghị các huyện ủy tổ chức hội nghị' is an instruction",
                article(
                    "Ban Thường vụ Tỉnh ủy chỉ đạo học tập các quy định mới của Trung ương",
                    null,
                    "Thực hiện Kế hoạch số 15-KH/TU của Tỉnh ủy, Ban Thường vụ Tỉnh ủy đề nghị các"
                        + " huyện ủy tổ chức hội nghị quán triệt cho cán bộ chủ chốt trước ngày"
                        + " 30/9."))
            .meetings(0),
        Row.of(
                "an opinion piece reports no meeting",
                article(
                    "Nâng cao chất lượng sinh hoạt chi bộ trong tình hình mới",
                    null,
                    "Sinh hoạt chi bộ là hình thức quan trọng để giáo dục, rèn luyện đảng viên."
                        + " Thời gian qua, nhiều chi bộ đã đổi mới nội dung sinh hoạt, gắn với nhiệm"
                        + " vụ chính trị của địa phương, đơn vị.",
                    "Tuy nhiên, ở một số nơi, sinh hoạt chi bộ còn hình thức, nội dung nghèo nàn."
                        + " Để khắc phục, cấp ủy các cấp cần chú trọng lựa chọn chuyên đề phù hợp,"
                        + " phát huy vai trò của bí thư chi bộ.",
                    "Thiết nghĩ, mỗi đảng viên cần nêu cao tinh thần tự giác, chủ động đóng góp ý"
                        + " kiến để sinh hoạt chi bộ thực sự là hạt nhân lãnh đạo ở cơ sở."))
            .meetings(0),
        Row.of(
                "an analysis with deadlines ('trước ngày 20/11', 'trong quý I/2024') → none",
                article(
                    "Quán triệt đến từng chi bộ các chủ trương mới của Trung ương",
                    null,
                    "Việc quán triệt kịp thời các chủ trương, nghị quyết mới của Đảng đến từng chi"
                        + " bộ có ý nghĩa rất quan trọng. Cấp ủy các cấp cần đổi mới phương pháp,"
                        + " tránh đọc lại văn bản.",
                    "Các cấp ủy phải hoàn thành việc học tập, quán triệt trước ngày 20/11 và báo"
                        + " cáo kết quả trong quý I/2024."))
            .meetings(0),
        Row.of(
                "Hội nghị headlines under 'Các tin khác' are not meetings",
                article(
                    "Phát huy vai trò nêu gương của người đứng đầu",
                    null,
                    "Thực tiễn cho thấy, ở đâu người đứng đầu gương mẫu thì ở đó phong trào phát"
                        + " triển. Việc nêu gương không chỉ bằng lời nói mà bằng hành động cụ thể.",
                    "Người đứng đầu cần thường xuyên tự soi, tự sửa, lắng nghe ý kiến của cán bộ,"
                        + " đảng viên và nhân dân.",
                    "Các tin khác",
                    "Hội nghị quán triệt Quy định số 144-QĐ/TW về chuẩn mực đạo đức cách mạng",
                    "Hội nghị tổng kết công tác xây dựng Đảng năm 2023",
                    "Ban Thường vụ Tỉnh ủy kiểm tra công tác chuẩn bị đại hội"))
            .meetings(0),
        Row.of(
                "a meeting report followed by 'Các tin khác' → only its own meeting",
                article(
                    "Tỉnh ủy Đồng Tháp tổ chức hội nghị quán triệt Nghị quyết",
                    null,
                    "Ngày 12-9-2023, Tỉnh ủy Đồng Tháp tổ chức hội nghị quán triệt Nghị quyết số"
                        + " 27-NQ/TW ngày 9/11/2022 của Hội nghị Trung ương 6 khóa XIII.",
                    "Các tin khác",
                    "Hội nghị tổng kết công tác xây dựng Đảng năm 2023 tại Sa Đéc",
                    "Hội nghị sơ kết 3 năm thực hiện Chỉ thị số 05-CT/TW của Tỉnh ủy"))
            .kind(MeetingKind.DISSEMINATION)
            .date("2023-09-12")
            .regulations(Map.of("27-NQ/TW", MeetingRegulationRole.DISSEMINATED)),
        Row.of(
                "a background Central Committee session ('họp từ ngày 2 đến 7/10/2023') is not"
                    + " the date",
                article(
                    "Bắc Kạn: Hội nghị quán triệt Nghị quyết Trung ương 8 khóa XIII",
                    "17/10/2023 | 16:30",
                    "Chiều 16-10, Tỉnh ủy Bắc Kạn tổ chức hội nghị quán triệt, triển khai các nghị"
                        + " quyết, kết luận của Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng"
                        + " khóa XIII (họp từ ngày 2 đến 7/10/2023) cho cán bộ chủ chốt của tỉnh."))
            .date("2023-10-16")
            .partOfDay(PartOfDay.AFTERNOON),
        Row.of(
                "only a background session and a deadline: no date at all",
                article(
                    "Lai Châu: Quán triệt các văn kiện Hội nghị Trung ương 6 khóa XIII",
                    null,
                    "Tỉnh ủy Lai Châu đã tổ chức hội nghị quán triệt các văn kiện Hội nghị Trung"
                        + " ương 6 khóa XIII. Hội nghị Trung ương 6 họp từ ngày 3 đến 10/10/2022.",
                    "Các cấp ủy hoàn thành việc quán triệt đến chi bộ trước ngày 20/11."))
            .date(null)
            .partial(null)
            .partOfDay(null),
        Row.of(
                "a deadline 'trong quý I/2024' is not a date",
                article(
                    "Kiên Giang: Hội nghị quán triệt Kết luận của Bộ Chính trị",
                    null,
                    "Ban Thường vụ Tỉnh ủy Kiên Giang đã tổ chức hội nghị quán triệt Kết luận của"
                        + " Bộ Chính trị về công tác cán bộ, yêu cầu các cấp ủy báo cáo kết quả thực"
                        + " hiện trong quý I/2024."))
            .date(null)
            .partial(null),
        Row.of(
                "an audit period 'từ 1-1-2018 đến 31-12-2019' is not the date",
                article(
                    "Kiểm tra công tác phòng, chống tham nhũng tại Đảng ủy Khối các cơ quan tỉnh",
                    null,
                    "Đoàn kiểm tra số 2 của Ban Thường vụ Tỉnh ủy Thái Bình đã làm việc với Đảng ủy"
                        + " Khối các cơ quan tỉnh về việc lãnh đạo thực hiện công tác phòng, chống"
                        + " tham nhũng, thời kỳ kiểm tra từ 1-1-2018 đến 31-12-2019."))
            .kind(MeetingKind.INSPECTION)
            .date(null)
            .partial(null),
        Row.of(
                "an audit period after the stated date does not replace it",
                article(
                    "Kiểm tra công tác cán bộ tại Ban Thường vụ Huyện ủy Thái Thụy",
                    "07/11/2020 | 09:00",
                    "Ngày 6-11, Đoàn kiểm tra số 4 của Ban Thường vụ Tỉnh ủy Thái Bình đã làm việc"
                        + " với Ban Thường vụ Huyện ủy Thái Thụy, thời kỳ kiểm tra từ 1-1-2018 đến"
                        + " 31-12-2019."))
            .date("2020-11-06")
            .inferred(true),
        Row.of(
                "an instruction to hold conferences 'trước ngày 30/4' is not the date",
                article(
                    "Hội nghị quán triệt Quy định về kiểm soát quyền lực",
                    null,
                    "Sáng 14/3/2024, Ban Thường vụ Tỉnh ủy Cao Bằng tổ chức hội nghị quán triệt Quy"
                        + " định số 131-QĐ/TW ngày 27/10/2023 của Bộ Chính trị. Hội nghị đề nghị các"
                        + " huyện ủy tổ chức hội nghị quán triệt trước ngày 30/4."))
            .date("2024-03-14")
            .inferred(false)
            .organizer("Ban Thường vụ Tỉnh ủy Cao Bằng"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("negatives")
  void negatives(Row row) {
    row.verify(EXTRACTOR.extract(row.text()));
  }

  // ------------------------------------------------------------------------------- helpers

  /** Headline, optional publish line, then paragraphs, separated by blank lines. */
  static String article(String headline, String publishLine, String... paragraphs) {
    List<String> lines = new ArrayList<>();
    lines.add(headline);
    if (publishLine != null) {
      lines.add(publishLine);
    }
    lines.addAll(List.of(paragraphs));
    return String.join("\n\n", lines) + "\n";
  }

  /** One table row: an article and the checks its meeting must pass. */
  static final class Row {
    private final String name;
    private final String text;
    private int meetings = 1;
    private int checked = -1;
    private final List<Consumer<ExtractedMeeting>> checks = new ArrayList<>();

    private Row(String name, String text) {
      this.name = name;
      this.text = text;
    }

    static Row of(String name, String text) {
      return new Row(name, text);
    }

    String text() {
      return text;
    }

    @Override
    public String toString() {
      return name;
    }

    Row meetings(int n) {
      this.meetings = n;
      return this;
    }

    Row kind(MeetingKind kind) {
      checks.add(m -> assertThat(m.kind()).as("kind").isEqualTo(kind));
      return this;
    }

    Row date(String iso) {
      LocalDate expected = iso == null ? null : LocalDate.parse(iso);
      checks.add(m -> assertThat(m.date()).as("date").isEqualTo(expected));
      return this;
    }

    Row inferred(boolean inferred) {
      checks.add(m -> assertThat(m.dateInferred()).as("dateInferred").isEqualTo(inferred));
      return this;
    }

    Row partial(String partial) {
      checks.add(m -> assertThat(m.datePartial()).as("datePartial").isEqualTo(partial));
      return this;
    }

    Row partOfDay(PartOfDay pod) {
      checks.add(m -> assertThat(m.partOfDay()).as("partOfDay").isEqualTo(pod));
      return this;
    }

    Row province(String province) {
      checks.add(m -> assertThat(m.province()).as("province").isEqualTo(province));
      return this;
    }

    Row location(String location) {
      checks.add(m -> assertThat(m.location()).as("location").isEqualTo(location));
      return this;
    }

    /** Organizer compared on the match key (tone placement and case do not matter). */
    Row organizer(String organizer) {
      checks.add(
          m ->
              assertThat(m.organizer() == null ? null : VietnameseText.matchKey(m.organizer()))
                  .as("organizer (%s)", m.organizer())
                  .isEqualTo(organizer == null ? null : VietnameseText.matchKey(organizer)));
      return this;
    }

    Row online(boolean online) {
      checks.add(m -> assertThat(m.online()).as("online").isEqualTo(online));
      return this;
    }

    Row bridgePoints(Integer n) {
      checks.add(m -> assertThat(m.bridgePoints()).as("bridgePoints").isEqualTo(n));
      return this;
    }

    Row attendees(Integer n, CountQualifier qualifier) {
      checks.add(m -> assertThat(m.attendeeCount()).as("attendeeCount").isEqualTo(n));
      checks.add(
          m ->
              assertThat(m.attendeeCountQualifier())
                  .as("attendeeCountQualifier")
                  .isEqualTo(qualifier));
      return this;
    }

    /** Exactly these participants chair the meeting. */
    Row chairs(String... names) {
      checks.add(
          m ->
              assertThat(
                      m.participants().stream()
                          .filter(p -> p.role() == ParticipantRole.CHAIR)
                          .map(ExtractedMeeting.Participant::name))
                  .as("chairs")
                  .containsExactlyInAnyOrder(names));
      return this;
    }

    /** The participant's positions, exactly. */
    Row positions(String name, String... positions) {
      checks.add(
          m ->
              assertThat(
                      m.participants().stream()
                          .filter(p -> p.name().equals(name))
                          .map(ExtractedMeeting.Participant::positions))
                  .as("positions of %s", name)
                  .containsExactly(List.of(positions)));
      return this;
    }

    Row role(String name, ParticipantRole role) {
      checks.add(
          m ->
              assertThat(
                      m.participants().stream()
                          .filter(p -> p.name().equals(name))
                          .map(ExtractedMeeting.Participant::role))
                  .as("role of %s", name)
                  .containsExactly(role));
      return this;
    }

    /** Exactly these meeting regulations, by key, with their roles. */
    Row regulations(Map<String, MeetingRegulationRole> expected) {
      checks.add(
          m -> {
            Map<String, MeetingRegulationRole> actual = new LinkedHashMap<>();
            m.regulations().forEach(r -> actual.put(r.regulationKey(), r.role()));
            assertThat(actual).as("meeting regulations").isEqualTo(expected);
          });
      return this;
    }

    /** The article reports {@code n} meetings; the checks apply to the one at {@code index}. */
    Row meetingOf(int n, int index) {
      this.meetings = n;
      this.checked = index;
      return this;
    }

    void verify(ExtractionResult result) {
      assertThat(result.meetings()).as("meetings of %s", name).hasSize(meetings);
      if (meetings == 1 || checked >= 0) {
        ExtractedMeeting m = result.meetings().get(Math.max(checked, 0));
        for (Consumer<ExtractedMeeting> check : checks) {
          check.accept(m);
        }
      }
    }
  }
}
