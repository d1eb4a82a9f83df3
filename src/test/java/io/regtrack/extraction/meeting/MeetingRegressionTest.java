package io.regtrack.extraction.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import io.regtrack.extraction.ArticleExtractor;
import io.regtrack.extraction.model.ExtractedMeeting;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Inputs the meeting stage once got wrong (headline, lead) → what it must find. */
class MeetingRegressionTest {
  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

  static Stream<Arguments> rows() {
    return Stream.of(
        // organizer: adverbs before "tổ chức" are not part of the body's name
        Arguments.of(
            "Quán triệt Quy định về công tác kiểm tra",
            "Tỉnh ủy Quảng Trị vừa tổ chức hội nghị quán triệt Quy định số 22-QĐ/TW.",
            true,
            "Quảng Trị",
            "Tỉnh ủy Quảng Trị",
            null),
        Arguments.of(
            "Quán triệt Quy định về công tác kiểm tra",
            "Tỉnh ủy Gia Lai đã tổ chức hội nghị quán triệt Quy định số 22-QĐ/TW.",
            true,
            "Gia Lai",
            "Tỉnh ủy Gia Lai",
            null),
        // a two-word verb ends the inspecting body's name
        Arguments.of(
            "Kiểm tra công tác bảo vệ chính trị nội bộ",
            "Sáng 11/9/2023, Đoàn Kiểm tra số 4 của Tiểu ban Bảo vệ chính trị nội bộ Trung ương"
                + " làm việc với Ban Thường vụ Tỉnh ủy Cà Mau.",
            true,
            "Cà Mau",
            "Tiểu ban Bảo vệ chính trị nội bộ Trung ương",
            null),
        // a background session's venue is not the meeting's province
        Arguments.of(
            "Lai Châu quán triệt Nghị quyết",
            "Sáng 3/11, Tỉnh ủy Lai Châu tổ chức hội nghị quán triệt Nghị quyết. Hội nghị Trung"
                + " ương 6 họp từ ngày 3 đến 10/10/2022 tại Hà Nội.",
            true,
            "Lai Châu",
            "Tỉnh ủy Lai Châu",
            null),
        // a national online meeting is held where its central bridge point is, Hà Nội, even when
        // the article reports from a local bridge point (issue 14)
        Arguments.of(
            "Hội nghị toàn quốc quán triệt Nghị quyết",
            "Sáng 5/3, Bộ Chính trị tổ chức hội nghị trực tuyến toàn quốc từ điểm cầu Trung ương"
                + " tại Hà Nội tới các điểm cầu. Tại điểm cầu tỉnh Tiền Giang, đồng chí Nguyễn"
                + " Văn Danh, Bí thư Tỉnh ủy chủ trì.",
            true,
            "Hà Nội",
            "Bộ Chính trị",
            null),
        // an instruction to hold conferences, and a programme, are not meetings
        Arguments.of(
            "Ban Thường vụ Tỉnh ủy ban hành kế hoạch thực hiện Quy định về công tác cán bộ",
            "Ban Thường vụ Tỉnh ủy đề nghị các huyện ủy tổ chức hội nghị quán triệt trước ngày"
                + " 30/9.",
            false,
            null,
            null,
            null),
        Arguments.of(
            "Tỉnh ủy Lâm Đồng ban hành chương trình kiểm tra, giám sát năm 2024",
            "Chương trình gồm 12 nội dung kiểm tra trọng tâm.",
            false,
            null,
            null,
            null),
        // "đảng viên dự bị" is a statistic, not attendance
        Arguments.of(
            "Hội nghị tổng kết công tác phát triển đảng viên",
            "Sáng 4/1, Tỉnh ủy Sơn La tổ chức hội nghị tổng kết. Năm qua toàn tỉnh kết nạp 2.416"
                + " đảng viên, trong đó có 830 đảng viên dự bị.",
            true,
            "Sơn La",
            "Tỉnh ủy Sơn La",
            null),
        // the count stated only in the headline
        Arguments.of(
            "Hơn 600 đại biểu dự hội nghị quán triệt Nghị quyết",
            "Sáng 12/5, Tỉnh ủy Yên Bái tổ chức hội nghị quán triệt Nghị quyết số 27-NQ/TW.",
            true,
            "Yên Bái",
            "Tỉnh ủy Yên Bái",
            600));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("rows")
  void findsWhatTheArticleReports(
      String headline,
      String lead,
      boolean meeting,
      String province,
      String organizer,
      Integer attendees) {
    List<ExtractedMeeting> meetings = EXTRACTOR.extract(headline + "\n\n" + lead).meetings();
    if (!meeting) {
      assertThat(meetings).isEmpty();
      return;
    }
    assertThat(meetings).hasSize(1);
    ExtractedMeeting m = meetings.getFirst();
    assertThat(m.province()).isEqualTo(province);
    assertThat(m.organizer()).isEqualTo(organizer);
    assertThat(m.attendeeCount()).isEqualTo(attendees);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("citedDates")
  void aCitedIssueDateIsNotTheMeetingDate(String lead) {
    ExtractedMeeting m = EXTRACTOR.extract("Sơ kết Chỉ thị\n\n" + lead).meetings().getFirst();
    assertThat(m.date()).isNull();
  }

  static Stream<String> citedDates() {
    return Stream.of(
        "Tỉnh ủy Điện Biên đã tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW, ngày"
            + " 15/5/2016 của Bộ Chính trị.",
        "Huyện ủy tổ chức hội nghị quán triệt Quy định số 80-QĐ/TW, ngày 18/8/2022 của Bộ Chính"
            + " trị.");
  }
}
