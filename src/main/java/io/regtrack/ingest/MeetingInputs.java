package io.regtrack.ingest;

import io.regtrack.extraction.gazetteer.Gazetteer;
import io.regtrack.extraction.gazetteer.Province;
import io.regtrack.extraction.model.ExtractedMeeting;
import io.regtrack.extraction.model.ExtractionResult;
import io.regtrack.meeting.ArticleMeetings;
import io.regtrack.meeting.CountQualifier;
import io.regtrack.meeting.MeetingKind;
import io.regtrack.meeting.MeetingRegulationRole;
import io.regtrack.meeting.PartOfDay;
import io.regtrack.meeting.ParticipantRole;

/**
 * Translates the extraction core's meetings into the meeting feature's input ({@link
 * ArticleMeetings}). Enums map by constant name; the province after the 1 July 2025 merger comes
 * from the gazetteer ({@link Gazetteer#today}).
 */
final class MeetingInputs {
  private MeetingInputs() {}

  static ArticleMeetings of(ExtractionResult result) {
    return new ArticleMeetings(result.meetings().stream().map(MeetingInputs::report).toList());
  }

  static ArticleMeetings.Report report(ExtractedMeeting m) {
    return new ArticleMeetings.Report(
        m.title(),
        CitationInputs.map(m.kind(), MeetingKind.class),
        m.date(),
        m.dateInferred(),
        m.datePartial(),
        CitationInputs.map(m.partOfDay(), PartOfDay.class),
        m.province(),
        today(m.province()),
        m.location(),
        m.organizer(),
        m.online(),
        m.bridgePoints(),
        m.attendeeCount(),
        CitationInputs.map(m.attendeeCountQualifier(), CountQualifier.class),
        m.participants().stream()
            .map(
                p ->
                    new ArticleMeetings.Participant(
                        p.name(),
                        CitationInputs.map(p.role(), ParticipantRole.class),
                        p.positions()))
            .toList(),
        m.regulations().stream()
            .map(
                r ->
                    new ArticleMeetings.Regulation(
                        r.regulationKey(),
                        CitationInputs.map(r.role(), MeetingRegulationRole.class)))
            .toList());
  }

  /** The canonical name of the unit a province belongs to after the merger, or {@code null}. */
  static String today(String province) {
    Gazetteer g = Gazetteer.get();
    return g.byName(province).map(g::today).map(Province::name).orElse(null);
  }
}
