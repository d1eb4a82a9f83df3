package io.regtrack.api.graphql;

import io.regtrack.document.DocumentService;
import io.regtrack.meeting.MeetingFilter;
import io.regtrack.meeting.MeetingQueries;
import io.regtrack.organization.OrganizationService;
import io.regtrack.person.PersonQueries;
import io.regtrack.regulation.RegulationQueries;
import io.regtrack.search.SearchService;
import io.regtrack.shared.id.NodeType;
import io.regtrack.shared.paging.Slice;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Meetings: queries, and every child field batched over the parents of one level. */
@GraphQLApi
@TranslatesErrors
public class MeetingGraphQlApi {
  private final MeetingQueries meetings;
  private final PersonQueries persons;
  private final RegulationQueries regulations;
  private final OrganizationService organizations;
  private final DocumentService documents;
  private final SearchService search;

  public MeetingGraphQlApi(
      MeetingQueries meetings,
      PersonQueries persons,
      RegulationQueries regulations,
      OrganizationService organizations,
      DocumentService documents,
      SearchService search) {
    this.meetings = meetings;
    this.persons = persons;
    this.regulations = regulations;
    this.organizations = organizations;
    this.documents = documents;
    this.search = search;
  }

  @Query("meeting")
  @Description("A meeting by global id (or database id), or null when there is none")
  public Meeting meeting(@Description("The global id (Node.id)") @NonNull @Id String id) {
    long key = Ids.key("id", id, NodeType.Meeting);
    return meetings.summaries(List.of(key)).values().stream()
        .findFirst()
        .map(Meeting::of)
        .orElse(null);
  }

  @Query("meetings")
  @Description("Meetings, latest first unless orderBy says otherwise; with filter.q by relevance")
  public @NonNull MeetingConnection meetings(
      @Description("Conditions the results must all meet; none: every result")
          MeetingFilterInput filter,
      @Description("The order of the results (default: most recent first)") MeetingOrder orderBy,
      @Description(Paging.FIRST) Integer first,
      @Description(Paging.AFTER) String after,
      @Description(Paging.LAST) Integer last,
      @Description(Paging.BEFORE) String before) {
    MeetingFilter f = filter(filter);
    String q = filter == null ? null : Ids.blankToNull(filter.q());
    if (q != null) {
      Slice<Long> ids = search.meetings(q, f, Paging.request(first, after, last, before));
      return MeetingConnection.of(load(meetings, ids), () -> search.countMeetings(q, f));
    }
    Slice<Long> ids =
        meetings.ids(
            f,
            Paging.request(first, after, last, before),
            MeetingOrder.directionOf(orderBy).toDirection());
    return MeetingConnection.of(load(meetings, ids), () -> meetings.count(f));
  }

  /** Meetings of a slice of ids, in order. */
  static Slice<Meeting> load(MeetingQueries meetings, Slice<Long> ids) {
    return ids.load(keys -> Maps.mapValues(meetings.summaries(keys), Meeting::of));
  }

  /**
   * One connection per parent key from per-parent slices, the meetings of all slices loaded in one
   * batch; {@code totalCount} counts the parent's meetings with {@code filterOf}.
   */
  static List<MeetingConnection> connections(
      MeetingQueries meetings,
      List<Long> parentKeys,
      Map<Long, Slice<Long>> slices,
      Function<Long, MeetingFilter> filterOf) {
    Map<Long, Meeting> loaded =
        Maps.mapValues(meetings.summaries(Paging.allIds(slices.values())), Meeting::of);
    List<MeetingConnection> out = new ArrayList<>(parentKeys.size());
    for (Long key : parentKeys) {
      MeetingFilter f = filterOf.apply(key);
      out.add(
          MeetingConnection.of(
              slices.get(key).load(ids -> Paging.pick(loaded, ids)), () -> meetings.count(f)));
    }
    return out;
  }

  /** The feature filter of a GraphQL filter: ids are decoded, other values passed as names. */
  MeetingFilter filter(MeetingFilterInput in) {
    if (in == null) {
      return MeetingFilter.ANY;
    }
    Long regulationId = Ids.keyIfId(in.regulation(), NodeType.Regulation);
    Long organizerId = Ids.keyIfId(in.organizer(), NodeType.Organization);
    Long personId = Ids.keyIfId(in.person(), NodeType.Person);
    return new MeetingFilter(
        Ids.blankToNull(in.province()),
        in.kind(),
        in.from(),
        in.to(),
        regulationId,
        regulationId == null ? Ids.blankToNull(in.regulation()) : null,
        organizerId,
        organizerId == null ? Ids.blankToNull(in.organizer()) : null,
        personId,
        personId == null ? Ids.blankToNull(in.person()) : null);
  }

  @Name("totalCount")
  @Description("How many meetings match, over all pages (computed only when asked for)")
  public int totalCount(@Source MeetingConnection connection) {
    return Math.toIntExact(connection.count().getAsLong());
  }

  @Name("organizer")
  @Description("The organizing body")
  public List<Organization> organizer(@Source List<Meeting> parents) {
    Map<Long, io.regtrack.organization.OrganizationView> views =
        organizations.findAll(
            parents.stream().map(Meeting::organizerKey).filter(k -> k != null).distinct().toList());
    List<Organization> out = new ArrayList<>(parents.size());
    for (Meeting m : parents) {
      var v = m.organizerKey() == null ? null : views.get(m.organizerKey());
      out.add(v == null ? null : Organization.of(v));
    }
    return out;
  }

  @Name("participants")
  @Description("The persons at the meeting, in order of first mention")
  public List<@NonNull List<@NonNull Participant>> participants(@Source List<Meeting> parents) {
    var byMeeting = meetings.participants(keys(parents));
    return perParent(parents, m -> byMeeting.get(m.key()).stream().map(Participant::of).toList());
  }

  @Name("regulations")
  @Description("The regulations the meeting disseminated, reviewed or discussed")
  public List<@NonNull List<@NonNull MeetingRegulation>> regulations(
      @Source List<Meeting> parents) {
    var byMeeting = meetings.regulationLinks(keys(parents));
    return perParent(
        parents, m -> byMeeting.get(m.key()).stream().map(MeetingRegulation::of).toList());
  }

  @Name("documents")
  @Description("The documents reporting the meeting")
  public List<@NonNull List<@NonNull Document>> documents(@Source List<Meeting> parents) {
    var byMeeting = meetings.reportingDocuments(keys(parents));
    List<Long> documentIds =
        byMeeting.values().stream().flatMap(List::stream).map(d -> d.id()).distinct().toList();
    var views = documents.findAll(documentIds);
    return perParent(
        parents,
        m ->
            byMeeting.get(m.key()).stream()
                .map(d -> views.get(d.id()))
                .filter(v -> v != null)
                .map(Document::of)
                .toList());
  }

  @Name("person")
  @Description("The person")
  public List<@NonNull Person> person(@Source List<Participant> parents) {
    var views = persons.findAll(parents.stream().map(Participant::personKey).distinct().toList());
    return parents.stream().map(p -> Person.of(views.get(p.personKey()))).toList();
  }

  @Name("regulation")
  @Description("The regulation")
  public List<@NonNull Regulation> regulation(@Source List<MeetingRegulation> parents) {
    var views =
        regulations.summaries(
            parents.stream().map(MeetingRegulation::regulationKey).distinct().toList());
    return parents.stream().map(r -> Regulation.of(views.get(r.regulationKey()))).toList();
  }

  private static List<Long> keys(Collection<Meeting> parents) {
    return parents.stream().map(Meeting::key).distinct().toList();
  }

  private static <P, C> List<C> perParent(List<P> parents, Function<P, C> child) {
    List<C> out = new ArrayList<>(parents.size());
    parents.forEach(p -> out.add(child.apply(p)));
    return out;
  }
}
