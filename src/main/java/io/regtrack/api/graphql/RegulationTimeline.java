package io.regtrack.api.graphql;

import io.regtrack.province.ProvinceEra;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * How a regulation was disseminated and reviewed across the country: the data of a dissemination
 * map and timeline.
 *
 * @param era the gazetteer the coverage is measured against: the provinces as they were when the
 *     regulation was issued (63 before 1 July 2025, 34 after)
 * @param entries the meetings that disseminated or reviewed it, by date (undated last)
 * @param provincesCovered the units of that gazetteer with at least one such meeting
 * @param provincesNotYetCovered the units of that gazetteer with none
 */
@Description("The meetings that dealt with a regulation over time, with province coverage")
public record RegulationTimeline(
    @NonNull
        @Description(
            "Gazetteer the coverage is measured against: PRE_2025 (63 units) for a regulation"
                + " issued before 1 July 2025 or undated, else POST_2025 (34 units)")
        ProvinceEra era,
    @NonNull @Description("Meetings that disseminated or reviewed it, by date (undated last)")
        List<@NonNull TimelineEntry> entries,
    @NonNull @Description("Units with at least one such meeting")
        List<@NonNull Province> provincesCovered,
    @NonNull @Description("Units with none yet") List<@NonNull Province> provincesNotYetCovered) {

  /**
   * One meeting on the timeline.
   *
   * @param date its date (null when no year is known)
   * @param role what it did with the regulation
   * @param meeting the meeting
   */
  @Description("A meeting on a regulation's timeline")
  public record TimelineEntry(
      @Description("Its date, or null when no year is known") java.time.LocalDate date,
      @NonNull @Description("What the meeting did with the regulation")
          io.regtrack.meeting.MeetingRegulationRole role,
      @NonNull @Description("The meeting") Meeting meeting) {}
}
