package io.regtrack.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.regtrack.extraction.model.CountQualifier;
import io.regtrack.extraction.model.ExtractedMeeting;
import io.regtrack.extraction.model.ExtractedRegulation;
import io.regtrack.extraction.model.ExtractedRelation;
import io.regtrack.extraction.model.ExtractionResult;
import io.regtrack.extraction.model.MeetingKind;
import io.regtrack.extraction.model.ParticipantRole;
import io.regtrack.extraction.model.RelationType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Whole articles written for the tests, in styles the seeds do not use. */
class WholeArticleFixturesTest {
  private final ArticleExtractor extractor = new ArticleExtractor();

  private ExtractionResult extract(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/articles/" + name)) {
      return extractor.extract(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static ExtractedRegulation regulation(ExtractionResult r, String key) {
    return r.regulations().stream().filter(g -> g.key().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void anOnlineReviewWithAResolutionOfACentralCommitteePlenum() throws IOException {
    ExtractionResult r = extract("review-online-tuyen-quang.txt");
    assertThat(r.article().title()).startsWith("Tuyên Quang: Sơ kết 3 năm");
    assertThat(r.article().publishedOn()).isEqualTo(LocalDate.of(2023, 5, 18));
    assertThat(r.article().author()).isEqualTo("Thanh Hà");
    ExtractedRegulation nq = regulation(r, "21-NQ/TW");
    assertThat(nq.fields().issuer()).isEqualTo("Ban Chấp hành Trung ương");
    assertThat(nq.fields().term()).isEqualTo("khóa XIII");
    assertThat(regulation(r, "132-QĐ/TW").fields().title())
        .isEqualTo(
            "về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân"
                + " trong hệ thống chính trị");
    assertThat(r.relations())
        .extracting(
            ExtractedRelation::sourceKey, ExtractedRelation::type, ExtractedRelation::targetKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("115-KH/TU", RelationType.GUIDES, "21-NQ/TW"));
    ExtractedMeeting m = r.meetings().getFirst();
    assertThat(m.kind()).isEqualTo(MeetingKind.REVIEW);
    assertThat(m.date()).isEqualTo(LocalDate.of(2023, 5, 17));
    assertThat(m.province()).isEqualTo("Tuyên Quang");
    assertThat(m.organizer()).isEqualTo("Ban Thường vụ Tỉnh ủy Tuyên Quang");
    assertThat(m.bridgePoints()).isEqualTo(7);
    assertThat(m.attendeeCount()).isEqualTo(500);
    assertThat(m.attendeeCountQualifier()).isEqualTo(CountQualifier.ABOUT);
    assertThat(m.participants())
        .filteredOn(p -> p.role() == ParticipantRole.CHAIR)
        .extracting(ExtractedMeeting.Participant::name)
        .containsExactly("Ma Văn Toàn");
  }

  @Test
  void aDisseminationWhoseDirectiveReplacesAnother() throws IOException {
    ExtractionResult r = extract("dissemination-can-tho.txt");
    assertThat(r.article().publishedOn()).isEqualTo(LocalDate.of(2024, 8, 5));
    assertThat(r.relations())
        .extracting(
            ExtractedRelation::sourceKey, ExtractedRelation::type, ExtractedRelation::targetKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("35-CT/TW", RelationType.REPLACES, "45-CT/TW"));
    ExtractedMeeting m = r.meetings().getFirst();
    assertThat(m.date()).isEqualTo(LocalDate.of(2024, 8, 4));
    assertThat(m.dateInferred()).isFalse();
    assertThat(m.province()).isEqualTo("Cần Thơ");
    assertThat(m.organizer()).isEqualTo("Thành ủy Cần Thơ");
    assertThat(m.bridgePoints()).isEqualTo(92);
    assertThat(m.attendeeCount()).isEqualTo(3000);
    assertThat(m.regulations())
        .extracting(ExtractedMeeting.MeetingRegulation::regulationKey)
        .containsExactly("35-CT/TW", "118-KL/TW");
    assertThat(r.persons())
        .extracting(p -> p.name())
        .containsExactly("Lê Quang Vinh", "Phạm Minh Khôi", "Trần Thị Ngọc Hà");
  }

  @Test
  void twoMeetingsInOneArticleEachWithItsOwnChairCountAndRegulations() throws IOException {
    ExtractionResult r = extract("two-meetings-bac-kan.txt");
    assertThat(r.meetings()).hasSize(2);
    ExtractedMeeting morning = r.meetings().get(0);
    ExtractedMeeting afternoon = r.meetings().get(1);
    assertThat(morning.kind()).isEqualTo(MeetingKind.DISSEMINATION);
    assertThat(morning.organizer()).isEqualTo("Ban Thường vụ Tỉnh ủy Bắc Kạn");
    assertThat(morning.attendeeCount()).isNull();
    assertThat(morning.regulations())
        .extracting(ExtractedMeeting.MeetingRegulation::regulationKey)
        .containsExactly("144-QĐ/TW");
    assertThat(morning.participants())
        .filteredOn(p -> p.role() == ParticipantRole.CHAIR)
        .extracting(ExtractedMeeting.Participant::name)
        .containsExactly("Hoàng Văn Bích");
    assertThat(afternoon.kind()).isEqualTo(MeetingKind.REVIEW);
    assertThat(afternoon.date()).isEqualTo(morning.date()).isEqualTo(LocalDate.of(2024, 3, 6));
    assertThat(afternoon.organizer()).isEqualTo("Ban Tổ chức Tỉnh ủy Bắc Kạn");
    assertThat(afternoon.attendeeCount()).isEqualTo(200);
    assertThat(afternoon.regulations()).isEmpty();
    assertThat(afternoon.participants())
        .filteredOn(p -> p.role() == ParticipantRole.CHAIR)
        .extracting(ExtractedMeeting.Participant::name)
        .containsExactly("Lý Thị Hoa");
  }
}
