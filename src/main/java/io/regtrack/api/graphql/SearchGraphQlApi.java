package io.regtrack.api.graphql;

import io.regtrack.document.DocumentService;
import io.regtrack.meeting.MeetingQueries;
import io.regtrack.person.PersonQueries;
import io.regtrack.regulation.RegulationQueries;
import io.regtrack.search.SearchService;
import io.regtrack.search.SearchType;
import io.regtrack.shared.paging.PageRequest;
import io.regtrack.shared.paging.Slice;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** The search, and the objects of its hits loaded in one batch per type. */
@GraphQLApi
@TranslatesErrors
public class SearchGraphQlApi {
  private final SearchService search;
  private final DocumentService documents;
  private final RegulationQueries regulations;
  private final MeetingQueries meetings;
  private final PersonQueries persons;

  public SearchGraphQlApi(
      SearchService search,
      DocumentService documents,
      RegulationQueries regulations,
      MeetingQueries meetings,
      PersonQueries persons) {
    this.search = search;
    this.documents = documents;
    this.regulations = regulations;
    this.meetings = meetings;
    this.persons = persons;
  }

  @Query("search")
  @Description(
      "Search documents, regulations, meetings and persons. Ignores case, diacritics and tone"
          + " placement (\"quy dinh 58\", \"lam van man\", \"soc trang\"); understands symbols"
          + " (\"58-QD/TW\", \"58 QĐ TW\", \"QĐ 58\"), phrases in quotes and Vietnamese dates"
          + " (\"8-2-2022\", \"ngày 8 tháng 2 năm 2022\"); when nothing matches exactly,"
          + " person names and regulation titles of similar spelling (\"lam van mn\"). Best score first (exact symbol > title >"
          + " body), the most recent first on ties. Pages forward only (first/after).")
  public @NonNull SearchConnection search(
      @NonNull @Description("The query, 1–256 characters") String q,
      @DefaultValue("[\"DOCUMENT\", \"REGULATION\", \"MEETING\", \"PERSON\"]")
          @Description("Types to search (default all)")
          List<@NonNull SearchType> types,
      @Description(Paging.FIRST) Integer first,
      @Description(Paging.AFTER) String after) {
    Set<SearchType> chosen =
        types == null || types.isEmpty() ? EnumSet.noneOf(SearchType.class) : EnumSet.copyOf(types);
    PageRequest request = Paging.request(first, after, null, null);
    Slice<SearchHit> hits =
        search
            .search(q, chosen, request)
            .load(
                list -> {
                  Map<io.regtrack.search.SearchHit, SearchHit> out =
                      new java.util.LinkedHashMap<>();
                  list.forEach(h -> out.put(h, SearchHit.of(h)));
                  return out;
                });
    return SearchConnection.of(hits, () -> search.count(q, chosen));
  }

  @Name("totalCount")
  @Description("How many hits there are over all pages (computed only when asked for)")
  public int totalCount(@Source SearchConnection connection) {
    return Math.toIntExact(connection.count().getAsLong());
  }

  @Name("node")
  @Description("The Document, Regulation, Meeting or Person found")
  public List<@NonNull Node> node(@Source List<SearchHit> hits) {
    Map<SearchType, List<Long>> keys = new HashMap<>();
    hits.forEach(h -> keys.computeIfAbsent(h.type(), t -> new ArrayList<>()).add(h.key()));
    Map<SearchType, Map<Long, ? extends Node>> nodes = new HashMap<>();
    keys.forEach(
        (type, ids) ->
            nodes.put(
                type,
                switch (type) {
                  case DOCUMENT -> Maps.mapValues(documents.findAll(ids), Document::of);
                  case REGULATION -> Maps.mapValues(regulations.summaries(ids), Regulation::of);
                  case MEETING -> Maps.mapValues(meetings.summaries(ids), Meeting::of);
                  case PERSON -> Maps.mapValues(persons.findAll(ids), Person::of);
                }));
    List<Node> out = new ArrayList<>(hits.size());
    for (SearchHit h : hits) {
      out.add(nodes.get(h.type()).get(h.key()));
    }
    return out;
  }
}
