package io.regtrack.api.graphql;

import io.regtrack.api.graphql.RegulationTimeline.TimelineEntry;
import io.regtrack.document.DocumentService;
import io.regtrack.meeting.MeetingFilter;
import io.regtrack.meeting.MeetingQueries;
import io.regtrack.meeting.MeetingRegulationRole;
import io.regtrack.meeting.RegulationMeeting;
import io.regtrack.province.ProvinceEra;
import io.regtrack.province.ProvinceService;
import io.regtrack.province.ProvinceView;
import io.regtrack.regulation.RegulationCounts;
import io.regtrack.regulation.RegulationFilter;
import io.regtrack.regulation.RegulationQueries;
import io.regtrack.regulation.RelationDirection;
import io.regtrack.regulation.RelationType;
import io.regtrack.regulation.RelationView;
import io.regtrack.search.SearchService;
import io.regtrack.shared.error.InvalidInputException;
import io.regtrack.shared.id.NodeType;
import io.regtrack.shared.paging.Slice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Regulations: queries, relations, counts, citations, meetings and the dissemination timeline. */
@GraphQLApi
@TranslatesErrors
public class RegulationGraphQlApi {
  /** The day the 34-unit gazetteer took effect. */
  private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

  private final RegulationQueries regulations;
  private final MeetingQueries meetings;
  private final DocumentService documents;
  private final ProvinceService provinces;
  private final SearchService search;

  public RegulationGraphQlApi(
      RegulationQueries regulations,
      MeetingQueries meetings,
      DocumentService documents,
      ProvinceService provinces,
      SearchService search) {
    this.regulations = regulations;
    this.meetings = meetings;
    this.documents = documents;
    this.provinces = provinces;
    this.search = search;
  }

  @Query("regulation")
  @Description(
      "A regulation by global id (or database id), or by symbol (\"58-QĐ/TW\", also \"58-QD/TW\","
          + " \"58 QĐ TW\"; year narrows a symbol shared by several terms or provinces). Exactly"
          + " one of id and symbol. Null when there is none.")
  public Regulation regulation(
      @Description("The global id (Node.id)") @Id String id,
      @Description("The symbol: \"58-QĐ/TW\", also \"58-QD/TW\" or \"58 QĐ TW\"") String symbol,
      @Description("The year of issue, narrowing a symbol shared by several terms or provinces")
          Integer year) {
    boolean byId = id != null;
    boolean bySymbol = symbol != null;
    if (byId == bySymbol) {
      throw new InvalidInputException("id", "Give exactly one of id and symbol");
    }
    if (byId) {
      long key = Ids.key("id", id, NodeType.Regulation);
      return regulations.summaries(List.of(key)).values().stream()
          .findFirst()
          .map(Regulation::of)
          .orElse(null);
    }
    return regulations.lookup(symbol, year).map(d -> Regulation.of(d.regulation())).orElse(null);
  }

  @Query("regulations")
  @Description(
      "Regulations, most recently registered first unless orderBy says otherwise; with filter.q"
          + " by relevance")
  public @NonNull RegulationConnection regulations(
      @Description("Conditions the results must all meet; none: every result")
          RegulationFilterInput filter,
      @Description("The order of the results (default: most recent first)") RegulationOrder orderBy,
      @Description(Paging.FIRST) Integer first,
      @Description(Paging.AFTER) String after,
      @Description(Paging.LAST) Integer last,
      @Description(Paging.BEFORE) String before) {
    RegulationFilter f = filter(filter);
    if (f.q() != null) {
      Slice<Long> ids = search.regulations(f.q(), f, Paging.request(first, after, last, before));
      return RegulationConnection.of(
          ids.load(keys -> Maps.mapValues(regulations.summaries(keys), Regulation::of)),
          () -> search.countRegulations(f.q(), f));
    }
    var order =
        orderBy != null && orderBy.field() == RegulationOrder.Field.ISSUED_ON
            ? io.regtrack.regulation.RegulationOrder.ISSUED_ON
            : io.regtrack.regulation.RegulationOrder.REGISTERED;
    OrderDirection direction =
        orderBy == null || orderBy.direction() == null ? OrderDirection.DESC : orderBy.direction();
    Slice<Long> ids =
        regulations.ids(
            f, Paging.request(first, after, last, before), order, direction.toDirection());
    return RegulationConnection.of(
        ids.load(keys -> Maps.mapValues(regulations.summaries(keys), Regulation::of)),
        () -> regulations.count(f));
  }

  private static RegulationFilter filter(RegulationFilterInput in) {
    if (in == null) {
      return RegulationFilter.ANY;
    }
    Long issuerId = Ids.keyIfId(in.issuer(), NodeType.Organization);
    if (in.year() != null && (in.year() < 1930 || in.year() > 2100)) {
      throw new InvalidInputException(
          "year", "year must be between 1930 and 2100, got " + in.year());
    }
    return new RegulationFilter(
        in.kind(),
        issuerId,
        issuerId == null ? Ids.blankToNull(in.issuer()) : null,
        in.year(),
        Ids.blankToNull(in.q()));
  }

  @Name("totalCount")
  @Description("How many regulations match, over all pages (computed only when asked for)")
  public int totalCount(@Source RegulationConnection connection) {
    return Math.toIntExact(connection.count().getAsLong());
  }

  @Name("totalCount")
  @Description("How many citations match, over all pages (computed only when asked for)")
  public int citationsTotalCount(@Source CitationConnection connection) {
    return Math.toIntExact(connection.count().getAsLong());
  }

  @Name("relations")
  @Description("Relations articles state, in both directions, in the order first stated")
  public List<@NonNull List<@NonNull RegulationRelation>> relations(
      @Source List<Regulation> parents) {
    Map<Long, List<RelationView>> byId = regulations.relations(keys(parents));
    return parents.stream()
        .map(r -> byId.get(r.key()).stream().map(RegulationRelation::of).toList())
        .toList();
  }

  @Name("replaces")
  @Description("The regulations this one replaces (thay thế)")
  public List<@NonNull List<@NonNull Regulation>> replaces(@Source List<Regulation> parents) {
    return related(parents, RelationType.REPLACES, RelationDirection.OUTGOING);
  }

  @Name("replacedBy")
  @Description("The regulations that replace this one")
  public List<@NonNull List<@NonNull Regulation>> replacedBy(@Source List<Regulation> parents) {
    return related(parents, RelationType.REPLACES, RelationDirection.INCOMING);
  }

  @Name("guidedBy")
  @Description("The guidances (hướng dẫn) on implementing this one")
  public List<@NonNull List<@NonNull Regulation>> guidedBy(@Source List<Regulation> parents) {
    return related(parents, RelationType.GUIDES, RelationDirection.INCOMING);
  }

  @Name("guides")
  @Description("The regulations this guidance is about")
  public List<@NonNull List<@NonNull Regulation>> guides(@Source List<Regulation> parents) {
    return related(parents, RelationType.GUIDES, RelationDirection.OUTGOING);
  }

  private List<List<Regulation>> related(
      List<Regulation> parents, RelationType type, RelationDirection direction) {
    Map<Long, List<RelationView>> byId = regulations.relations(keys(parents));
    return parents.stream()
        .map(
            r ->
                byId.get(r.key()).stream()
                    .filter(v -> v.type() == type && v.direction() == direction)
                    .map(v -> Regulation.of(v.regulation()))
                    .toList())
        .toList();
  }

  @Name("citationCount")
  @Description("Citations (mentions) across all documents")
  public List<@NonNull Integer> citationCount(@Source List<Regulation> parents) {
    Map<Long, RegulationCounts> counts = regulations.counts(keys(parents));
    return parents.stream().map(r -> Math.toIntExact(counts.get(r.key()).citations())).toList();
  }

  @Name("documentCount")
  @Description("Documents citing it")
  public List<@NonNull Integer> documentCount(@Source List<Regulation> parents) {
    Map<Long, RegulationCounts> counts = regulations.counts(keys(parents));
    return parents.stream().map(r -> Math.toIntExact(counts.get(r.key()).documents())).toList();
  }

  @Name("meetingCount")
  @Description("Meetings that disseminated, reviewed or discussed it")
  public List<@NonNull Integer> meetingCount(@Source List<Regulation> parents) {
    Map<Long, RegulationCounts> counts = regulations.counts(keys(parents));
    return parents.stream().map(r -> Math.toIntExact(counts.get(r.key()).meetings())).toList();
  }

  @Name("citations")
  @Description("Its citations, newest first")
  public List<@NonNull CitationConnection> citations(
      @Source List<Regulation> parents,
      @Description(Paging.FIRST) Integer first,
      @Description(Paging.AFTER) String after,
      @Description(Paging.LAST) Integer last,
      @Description(Paging.BEFORE) String before) {
    Map<Long, Slice<Long>> slices =
        regulations.citationIdsByRegulation(
            keys(parents), Paging.request(first, after, last, before));
    Map<Long, Citation> loaded =
        Maps.mapValues(regulations.citationViews(Paging.allIds(slices.values())), Citation::of);
    return parents.stream()
        .map(
            r ->
                CitationConnection.of(
                    slices.get(r.key()).load(ids -> Paging.pick(loaded, ids)),
                    () -> regulations.counts(List.of(r.key())).get(r.key()).citations()))
        .toList();
  }

  @Name("meetings")
  @Description("The meetings that dealt with it, latest first unless orderBy says otherwise")
  public List<@NonNull MeetingConnection> meetings(
      @Source List<Regulation> parents,
      @Description("The order of the results (default: most recent first)") MeetingOrder orderBy,
      @Description(Paging.FIRST) Integer first,
      @Description(Paging.AFTER) String after,
      @Description(Paging.LAST) Integer last,
      @Description(Paging.BEFORE) String before) {
    Map<Long, Slice<Long>> slices =
        meetings.idsByRegulation(
            keys(parents),
            Paging.request(first, after, last, before),
            MeetingOrder.directionOf(orderBy).toDirection());
    return MeetingGraphQlApi.connections(
        meetings,
        parents.stream().map(Regulation::key).toList(),
        slices,
        key -> MeetingFilter.ofRegulation(key));
  }

  @Name("timeline")
  @Description(
      "The meetings that disseminated or reviewed it, by date, and which provinces have or have"
          + " not held one: the data of a dissemination map")
  public List<@NonNull RegulationTimeline> timeline(@Source List<Regulation> parents) {
    Map<Long, List<RegulationMeeting>> byId = meetings.ofRegulations(keys(parents));
    List<ProvinceView> all = provinces.all();
    List<RegulationTimeline> out = new ArrayList<>(parents.size());
    for (Regulation r : parents) {
      ProvinceEra era =
          r.issuedOn() != null && !r.issuedOn().isBefore(MERGER)
              ? ProvinceEra.POST_2025
              : ProvinceEra.PRE_2025;
      List<ProvinceView> units =
          all.stream().filter(p -> p.era() == era || p.era() == ProvinceEra.BOTH).toList();
      Set<Long> covered = new LinkedHashSet<>();
      List<TimelineEntry> entries = new ArrayList<>();
      for (RegulationMeeting rm : byId.get(r.key())) {
        if (rm.role() == MeetingRegulationRole.DISCUSSED) {
          continue; // only dissemination and review meetings make the timeline
        }
        entries.add(new TimelineEntry(rm.meeting().date(), rm.role(), Meeting.of(rm.meeting())));
        ProvinceView held = rm.meeting().province();
        if (held != null) {
          if (era == ProvinceEra.PRE_2025 && held.era() == ProvinceEra.POST_2025) {
            // A meeting of a merged unit covers every unit that became part of it.
            provinces.predecessors(held).forEach(p -> covered.add(p.id()));
          } else if (era == ProvinceEra.POST_2025) {
            covered.add(provinces.today(held).id());
          } else {
            covered.add(held.id());
          }
        }
      }
      out.add(
          new RegulationTimeline(
              era,
              entries,
              units.stream().filter(p -> covered.contains(p.id())).map(Province::of).toList(),
              units.stream().filter(p -> !covered.contains(p.id())).map(Province::of).toList()));
    }
    return out;
  }

  @Name("regulation")
  @Description("The regulation it resolves to")
  public List<@NonNull Regulation> citationRegulation(@Source List<Citation> parents) {
    var views =
        regulations.summaries(parents.stream().map(Citation::regulationKey).distinct().toList());
    return parents.stream().map(c -> Regulation.of(views.get(c.regulationKey()))).toList();
  }

  @Name("document")
  @Description("The document it is in")
  public List<@NonNull Document> citationDocument(@Source List<Citation> parents) {
    var views = documents.findAll(parents.stream().map(Citation::documentKey).distinct().toList());
    return parents.stream().map(c -> Document.of(views.get(c.documentKey()))).toList();
  }

  private static List<Long> keys(List<Regulation> parents) {
    return parents.stream().map(Regulation::key).distinct().toList();
  }
}
