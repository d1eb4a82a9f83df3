package io.regtrack.api.graphql;

import io.regtrack.meeting.MeetingFilter;
import io.regtrack.meeting.MeetingQueries;
import io.regtrack.person.PersonQueries;
import io.regtrack.search.SearchService;
import io.regtrack.shared.id.NodeType;
import io.regtrack.shared.paging.Slice;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Persons: queries and a person's meetings. */
@GraphQLApi
@TranslatesErrors
public class PersonGraphQlApi {
  private final PersonQueries persons;
  private final MeetingQueries meetings;
  private final SearchService search;

  public PersonGraphQlApi(PersonQueries persons, MeetingQueries meetings, SearchService search) {
    this.persons = persons;
    this.meetings = meetings;
    this.search = search;
  }

  @Query("person")
  @Description("A person by global id (or database id), or null when there is none")
  public Person person(@Description("The global id (Node.id)") @NonNull @Id String id) {
    long key = Ids.key("id", id, NodeType.Person);
    return persons.findAll(java.util.List.of(key)).values().stream()
        .findFirst()
        .map(Person::of)
        .orElse(null);
  }

  @Query("persons")
  @Description(
      "Persons, most recently created first; with q, those whose name contains all words of q,"
          + " ignoring case and diacritics (\"lam van man\" finds Lâm Văn Mẫn), the whole name"
          + " first; when no name has them all, names of similar spelling (\"lam van mn\")")
  public @NonNull PersonConnection persons(
      @Description(
              "Words of the name, ignoring case and diacritics (\"tran van lau\"); none: every person")
          String q,
      @Description(Paging.FIRST) Integer first,
      @Description(Paging.AFTER) String after,
      @Description(Paging.LAST) Integer last,
      @Description(Paging.BEFORE) String before) {
    String words = Ids.blankToNull(q);
    if (words != null) {
      Slice<Long> ids = search.persons(words, Paging.request(first, after, last, before));
      return PersonConnection.of(
          ids.load(keys -> Maps.mapValues(persons.findAll(keys), Person::of)),
          () -> search.countPersons(words));
    }
    Slice<Long> ids = persons.ids(null, Paging.request(first, after, last, before));
    return PersonConnection.of(
        ids.load(keys -> Maps.mapValues(persons.findAll(keys), Person::of)),
        () -> persons.count(words));
  }

  @Name("totalCount")
  @Description("How many persons match, over all pages (computed only when asked for)")
  public int totalCount(@Source PersonConnection connection) {
    return Math.toIntExact(connection.count().getAsLong());
  }

  @Name("meetings")
  @Description("The meetings the person took part in, latest first unless orderBy says otherwise")
  public List<@NonNull MeetingConnection> meetings(
      @Source List<Person> parents,
      @Description("The order of the results (default: most recent first)") MeetingOrder orderBy,
      @Description(Paging.FIRST) Integer first,
      @Description(Paging.AFTER) String after,
      @Description(Paging.LAST) Integer last,
      @Description(Paging.BEFORE) String before) {
    List<Long> keys = parents.stream().map(Person::key).toList();
    Map<Long, Slice<Long>> slices =
        meetings.idsByPerson(
            keys.stream().distinct().toList(),
            Paging.request(first, after, last, before),
            MeetingOrder.directionOf(orderBy).toDirection());
    return MeetingGraphQlApi.connections(
        meetings,
        keys,
        slices,
        key -> new MeetingFilter(null, null, null, null, null, null, null, null, key, null));
  }
}
