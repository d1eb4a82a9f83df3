package io.regtrack.api.graphql;

import io.regtrack.document.DocumentService;
import io.regtrack.meeting.MeetingQueries;
import io.regtrack.organization.OrganizationService;
import io.regtrack.person.PersonQueries;
import io.regtrack.province.ProvinceService;
import io.regtrack.regulation.RegulationQueries;
import io.regtrack.shared.error.InvalidInputException;
import io.regtrack.shared.id.GlobalId;
import io.regtrack.shared.id.NodeType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Relay object identification: any object by its global id. */
@GraphQLApi
@TranslatesErrors
public class NodeGraphQlApi {
  /** Most ids {@code nodes} accepts at once. */
  static final int MAX_IDS = 100;

  private final DocumentService documents;
  private final RegulationQueries regulations;
  private final MeetingQueries meetings;
  private final PersonQueries persons;
  private final OrganizationService organizations;
  private final ProvinceService provinces;

  public NodeGraphQlApi(
      DocumentService documents,
      RegulationQueries regulations,
      MeetingQueries meetings,
      PersonQueries persons,
      OrganizationService organizations,
      ProvinceService provinces) {
    this.documents = documents;
    this.regulations = regulations;
    this.meetings = meetings;
    this.persons = persons;
    this.organizations = organizations;
    this.provinces = provinces;
  }

  @Query("node")
  @Description("The object with this global id, or null when it does not exist")
  public Node node(@Description("The global id (Node.id)") @NonNull @Id String id) {
    return nodes(List.of(id)).getFirst();
  }

  @Query("nodes")
  @Description("The objects with these global ids (at most 100), null for each that does not exist")
  public @NonNull List<Node> nodes(
      @Description("Global ids (Node.id), at most 100") @NonNull List<@NonNull String> ids) {
    if (ids.size() > MAX_IDS) {
      throw new InvalidInputException(
          "ids", "ids may hold at most " + MAX_IDS + " ids, got " + ids.size());
    }
    List<GlobalId> parsed = new ArrayList<>(ids.size());
    Map<NodeType, List<Long>> byType = new EnumMap<>(NodeType.class);
    for (String id : ids) {
      GlobalId g = GlobalId.decode(ids.size() == 1 ? "id" : "ids", id);
      parsed.add(g);
      byType.computeIfAbsent(g.type(), t -> new ArrayList<>()).add(g.id());
    }
    Map<GlobalId, Node> found = new HashMap<>();
    byType.forEach(
        (type, keys) -> {
          Map<Long, ? extends Node> loaded =
              switch (type) {
                case Document -> Maps.mapValues(documents.findAll(keys), Document::of);
                case Citation -> Maps.mapValues(regulations.citationViews(keys), Citation::of);
                case Regulation -> Maps.mapValues(regulations.summaries(keys), Regulation::of);
                case Meeting -> Maps.mapValues(meetings.summaries(keys), Meeting::of);
                case Person -> Maps.mapValues(persons.findAll(keys), Person::of);
                case Organization -> Maps.mapValues(organizations.findAll(keys), Organization::of);
                case Province -> Maps.mapValues(provinces.findAll(keys), Province::of);
              };
          loaded.forEach((key, node) -> found.put(new GlobalId(type, key), node));
        });
    return parsed.stream().map(found::get).toList();
  }
}
