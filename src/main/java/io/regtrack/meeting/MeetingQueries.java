package io.regtrack.meeting;

import io.regtrack.meeting.MeetingDetail.ParticipantView;
import io.regtrack.meeting.MeetingDetail.RegulationLink;
import io.regtrack.meeting.MeetingDetail.ReportingDocument;
import io.regtrack.organization.OrganizationService;
import io.regtrack.organization.OrganizationView;
import io.regtrack.person.PersonQueries;
import io.regtrack.province.ProvinceService;
import io.regtrack.province.ProvinceView;
import io.regtrack.regulation.RegulationQueries;
import io.regtrack.shared.error.InvalidInputException;
import io.regtrack.shared.paging.Keyset;
import io.regtrack.shared.paging.Keyset.Direction;
import io.regtrack.shared.paging.Page;
import io.regtrack.shared.paging.PageRequest;
import io.regtrack.shared.paging.Slice;
import io.regtrack.shared.text.PositionKeys;
import io.regtrack.shared.time.DateBounds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads of meetings: one meeting, filtered lists, the meetings of a document or a person. A page of
 * meetings is loaded in a fixed number of queries; participants and regulations are merged over the
 * reports here (strongest role; the role most reports state).
 */
@ApplicationScoped
public class MeetingQueries {
  static final String LIST = "meetings";

  private final EntityManager em;
  private final ProvinceService provinces;
  private final OrganizationService organizations;
  private final PersonQueries persons;
  private final RegulationQueries regulations;

  public MeetingQueries(
      EntityManager em,
      ProvinceService provinces,
      OrganizationService organizations,
      PersonQueries persons,
      RegulationQueries regulations) {
    this.em = em;
    this.provinces = provinces;
    this.organizations = organizations;
    this.persons = persons;
    this.regulations = regulations;
  }

  /** The meeting with this id, if any. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<MeetingDetail> find(long id) {
    return Optional.ofNullable(details(List.of(id)).get(id));
  }

  /**
   * The ids of the meetings each of these documents reports, in the document's order, in one query.
   * Every id is present.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, List<Long>> idsOfDocuments(Collection<Long> documentIds) {
    Map<Long, List<Long>> out = new HashMap<>();
    documentIds.forEach(id -> out.put(id, new ArrayList<>()));
    if (documentIds.isEmpty()) {
      return out;
    }
    for (Object[] row :
        em.createQuery(
                "select r.documentId, r.meetingId from MeetingReport r"
                    + " where r.documentId in :ids order by r.documentId, r.reportNo",
                Object[].class)
            .setParameter("ids", documentIds)
            .getResultList()) {
      List<Long> ids = out.get((Long) row[0]);
      if (!ids.contains((Long) row[1])) {
        ids.add((Long) row[1]);
      }
    }
    return out;
  }

  /** The meetings a document reports, in the document's order. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<MeetingDetail> ofDocument(long documentId) {
    List<Long> ids =
        em.createQuery(
                "select r.meetingId from MeetingReport r where r.documentId = :d"
                    + " order by r.reportNo",
                Long.class)
            .setParameter("d", documentId)
            .getResultList();
    return List.copyOf(details(new LinkedHashSet<>(ids)).values());
  }

  /**
   * Meetings matching {@code filter}, latest date first (undated last), then by id descending,
   * {@code limit} per page.
   *
   * @param cursor {@code null} for the first page, else {@link Page#nextCursor()} of the previous
   * @throws InvalidInputException naming {@code province} for an unknown province, {@code cursor}
   *     for a malformed cursor
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<MeetingDetail> list(MeetingFilter filter, int limit, String cursor) {
    return ids(filter, PageRequest.first(limit, cursor), Direction.DESC)
        .load(this::details)
        .toPage();
  }

  /**
   * The ids of a slice of the meetings matching {@code filter}, ordered by date in {@code
   * direction} (undated last), then by id in the same direction.
   *
   * @throws InvalidInputException naming {@code province} for an unknown province, or the cursor
   *     argument for a malformed cursor
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Slice<Long> ids(MeetingFilter filter, PageRequest request, Direction direction) {
    Criteria criteria = criteria(filter);
    Keyset keyset = Keyset.byKey(LIST, "m.date", LocalDate::parse, "m.id", direction);
    if (criteria == null) {
      // Nothing matches; the cursors are still checked.
      return keyset.page(request, (condition, params, orderBy, max) -> List.of());
    }
    return keyset.page(request, keyset.jpql(em, "Meeting m", criteria.where(), criteria.params()));
  }

  /**
   * The same slice of the meetings of each of these regulations, in one query (plus one probe when
   * a cursor is given), ordered by date in {@code direction} (undated last), then id.
   *
   * @throws InvalidInputException naming the cursor argument for a malformed cursor
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, Slice<Long>> idsByRegulation(
      Collection<Long> regulationIds, PageRequest request, Direction direction) {
    return idsByParent(
        "select distinct regulation_id as parent, meeting_id from meeting_regulation"
            + " where regulation_id in (:parents)",
        regulationIds,
        request,
        direction);
  }

  /**
   * The same slice of the meetings of each of these persons (as participants), in one query (plus
   * one probe when a cursor is given), ordered by date in {@code direction}, then id.
   *
   * @throws InvalidInputException naming the cursor argument for a malformed cursor
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, Slice<Long>> idsByPerson(
      Collection<Long> personIds, PageRequest request, Direction direction) {
    return idsByParent(
        "select distinct person_id as parent, meeting_id from meeting_participant"
            + " where person_id in (:parents)",
        personIds,
        request,
        direction);
  }

  /** Meetings per parent through a link query yielding (parent, meeting_id), via a window. */
  private Map<Long, Slice<Long>> idsByParent(
      String links, Collection<Long> parents, PageRequest request, Direction direction) {
    Keyset keyset = Keyset.byKey(LIST, "m.date", LocalDate::parse, "m.id", direction);
    if (parents.isEmpty()) {
      return Map.of();
    }
    return keyset.pages(
        request,
        parents,
        (condition, params, orderBy, max) -> {
          var query =
              em.createNativeQuery(
                  "select parent, id, date from (select l.parent, m.id, m.date,"
                      + " row_number() over (partition by l.parent order by "
                      + orderBy
                      + ") as rn from meeting m join ("
                      + links
                      + ") l on l.meeting_id = m.id where 1 = 1"
                      + condition
                      + ") x where rn <= :max order by parent, rn");
          query.setParameter("parents", parents).setParameter("max", max);
          params.forEach(query::setParameter);
          List<Object[]> rows = new ArrayList<>();
          for (Object row : query.getResultList()) {
            Object[] cols = (Object[]) row;
            rows.add(new Object[] {cols[0], cols[1], toLocalDate(cols[2])});
          }
          return rows;
        });
  }

  private static LocalDate toLocalDate(Object value) {
    return switch (value) {
      case null -> null;
      case LocalDate d -> d;
      case java.sql.Date d -> d.toLocalDate();
      default -> LocalDate.parse(value.toString());
    };
  }

  /** How many meetings match {@code filter}. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long count(MeetingFilter filter) {
    Criteria criteria = criteria(filter);
    if (criteria == null) {
      return 0;
    }
    var query =
        em.createQuery("select count(m) from Meeting m where " + criteria.where(), Long.class);
    criteria.params().forEach(query::setParameter);
    return query.getSingleResult();
  }

  /** A filter as a JPQL condition over {@code m} with its parameters. */
  private record Criteria(String where, Map<String, Object> params) {}

  /** The filter's condition, or {@code null} when it names something that does not exist. */
  private Criteria criteria(MeetingFilter filter) {
    StringBuilder where = new StringBuilder("1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (filter.province() != null) {
      ProvinceView province =
          provinces
              .byName(filter.province())
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "province",
                          "province must be a province name, alias or code (\"Cần Thơ\","
                              + " \"can-tho\"), got '"
                              + filter.province()
                              + "'"));
      where.append(" and (m.provinceId = :province or m.provinceTodayId = :province)");
      params.put("province", province.id());
    }
    if (filter.kind() != null) {
      where.append(" and m.kind = :kind");
      params.put("kind", filter.kind());
    }
    DateBounds.check("from", filter.from());
    DateBounds.check("to", filter.to());
    if (filter.from() != null) {
      where.append(" and m.date >= :from");
      params.put("from", filter.from());
    }
    if (filter.to() != null) {
      where.append(" and m.date <= :to");
      params.put("to", filter.to());
    }
    List<Long> regulationIds = null;
    if (filter.regulationId() != null) {
      regulationIds = List.of(filter.regulationId());
    } else if (filter.regulationSymbol() != null) {
      regulationIds = regulations.idsBySymbol(filter.regulationSymbol());
    }
    if (regulationIds != null) {
      if (regulationIds.isEmpty()) {
        return null;
      }
      where.append(
          " and exists (select 1 from MeetingRegulation mr where mr.meetingId = m.id"
              + " and mr.regulationId in :regulations)");
      params.put("regulations", regulationIds);
    }
    List<Long> organizerIds = null;
    if (filter.organizerId() != null) {
      organizerIds = List.of(filter.organizerId());
    } else if (filter.organizerName() != null) {
      organizerIds = organizations.idsByName(filter.organizerName());
    }
    if (organizerIds != null) {
      if (organizerIds.isEmpty()) {
        return null;
      }
      where.append(" and m.organizerId in :organizers");
      params.put("organizers", organizerIds);
    }
    List<Long> personIds = null;
    if (filter.personId() != null) {
      personIds = List.of(filter.personId());
    } else if (filter.personName() != null) {
      personIds = persons.idsByName(filter.personName());
    }
    if (personIds != null) {
      if (personIds.isEmpty()) {
        return null;
      }
      where.append(
          " and exists (select 1 from MeetingParticipant mp where mp.meetingId = m.id"
              + " and mp.personId in :persons)");
      params.put("persons", personIds);
    }
    return new Criteria(where.toString(), params);
  }

  /**
   * The meetings a person took part in, latest first (undated last). The positions of each are
   * merged in document, report and participant order (not row order, which a re-extraction
   * changes).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Participation> participations(long personId) {
    List<MeetingParticipant> rows =
        em.createQuery(
                "select mp from MeetingParticipant mp, MeetingReport r"
                    + " where r.id = mp.reportId and mp.personId = :p"
                    + " order by r.documentId, r.reportNo, mp.ordinal",
                MeetingParticipant.class)
            .setParameter("p", personId)
            .getResultList();
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, Long> documentOfReport = new HashMap<>();
    em.createQuery(
            "select r.id, r.documentId from MeetingReport r where r.id in :ids", Object[].class)
        .setParameter("ids", rows.stream().map(mp -> mp.reportId).distinct().toList())
        .getResultList()
        .forEach(r -> documentOfReport.put((Long) r[0], (Long) r[1]));
    Map<Long, Meeting> meetings = new HashMap<>();
    em.createQuery("select m from Meeting m where m.id in :ids", Meeting.class)
        .setParameter("ids", rows.stream().map(mp -> mp.meetingId).distinct().toList())
        .getResultList()
        .forEach(m -> meetings.put(m.id, m));
    Map<Long, ProvinceView> provinceViews =
        provinces.findAll(meetings.values().stream().map(m -> m.provinceId).toList());
    Map<Long, List<MeetingParticipant>> byMeeting = new LinkedHashMap<>();
    rows.forEach(mp -> byMeeting.computeIfAbsent(mp.meetingId, k -> new ArrayList<>()).add(mp));
    List<Participation> out = new ArrayList<>();
    byMeeting.forEach(
        (meetingId, parts) -> {
          Meeting m = meetings.get(meetingId);
          if (m == null) {
            return;
          }
          ParticipantRole role =
              parts.stream().map(p -> p.role).min(Comparator.naturalOrder()).orElseThrow();
          List<String> positions = new ArrayList<>();
          parts.forEach(p -> positions.addAll(p.positions));
          TreeSet<Long> documents = new TreeSet<>();
          parts.forEach(p -> documents.add(documentOfReport.get(p.reportId)));
          ProvinceView province = m.provinceId == null ? null : provinceViews.get(m.provinceId);
          out.add(
              new Participation(
                  m.id,
                  m.title,
                  m.kind,
                  m.date,
                  province == null ? null : province.name(),
                  role,
                  PositionKeys.dedupe(positions),
                  List.copyOf(documents)));
        });
    out.sort(
        Comparator.comparing(Participation::date, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Participation::meetingId, Comparator.reverseOrder()));
    return out;
  }

  /**
   * The meetings with these ids with participants, regulations and documents, in five queries.
   * Unknown ids are absent; the map iterates in the order of {@code ids}.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, MeetingDetail> details(Collection<Long> ids) {
    Map<Long, MeetingDetail> out = new LinkedHashMap<>();
    Map<Long, MeetingSummary> summaries = summaries(ids);
    if (summaries.isEmpty()) {
      return out;
    }
    Set<Long> organizerIds = new LinkedHashSet<>();
    summaries.values().forEach(m -> organizerIds.add(m.organizerId()));
    organizerIds.remove(null);
    Map<Long, OrganizationView> organizerViews = organizations.findAll(organizerIds);
    Map<Long, List<ParticipantView>> participants = participants(summaries.keySet());
    Map<Long, List<RegulationLink>> links = regulationLinks(summaries.keySet());
    Map<Long, List<ReportingDocument>> documents = reportingDocuments(summaries.keySet());
    summaries.forEach(
        (id, m) ->
            out.put(
                id,
                new MeetingDetail(
                    m.id(),
                    m.title(),
                    m.kind(),
                    m.date(),
                    m.dateInferred(),
                    m.datePartial(),
                    m.partOfDay(),
                    m.province(),
                    m.provinceToday(),
                    m.location(),
                    m.organizerId() == null ? null : organizerViews.get(m.organizerId()),
                    m.online(),
                    m.bridgePoints(),
                    m.attendeeCount(),
                    m.attendeeCountQualifier(),
                    participants.get(id),
                    links.get(id),
                    documents.get(id))));
    return out;
  }

  /**
   * The meetings with these ids, own fields only, in one query. Unknown ids are absent; the map
   * iterates in the order of {@code ids}.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, MeetingSummary> summaries(Collection<Long> ids) {
    Map<Long, MeetingSummary> out = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    Map<Long, Meeting> meetings = new HashMap<>();
    em.createQuery("select m from Meeting m where m.id in :ids", Meeting.class)
        .setParameter("ids", ids.stream().distinct().toList())
        .getResultList()
        .forEach(m -> meetings.put(m.id, m));
    for (Long id : ids) {
      Meeting m = meetings.get(id);
      if (m != null) {
        out.put(
            id,
            new MeetingSummary(
                m.id,
                m.title,
                m.kind,
                m.date,
                m.dateInferred,
                m.datePartial,
                m.partOfDay,
                m.provinceId == null ? null : provinces.find(m.provinceId).orElse(null),
                m.provinceTodayId == null ? null : provinces.find(m.provinceTodayId).orElse(null),
                m.location,
                m.organizerId,
                m.online,
                m.bridgePoints,
                m.attendeeCount,
                m.attendeeCountQualifier));
      }
    }
    return out;
  }

  /**
   * The participants of each of these meetings, in one query: one entry per person with the
   * strongest role any report states and the positions merged keeping the fullest forms, in order
   * of first mention (reports by document, then by position in it). Every id is present.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, List<ParticipantView>> participants(Collection<Long> meetingIds) {
    Map<Long, LinkedHashMap<Long, List<Object[]>>> byMeeting = new HashMap<>();
    if (!meetingIds.isEmpty()) {
      // Person is the person feature's entity; joined by name to read the name in the same query.
      for (Object[] row :
          em.createQuery(
                  "select mp, p.name from MeetingParticipant mp"
                      + " join MeetingReport r on r.id = mp.reportId"
                      + " join Person p on p.id = mp.personId"
                      + " where mp.meetingId in :ids"
                      + " order by r.documentId, r.reportNo, mp.ordinal",
                  Object[].class)
              .setParameter("ids", meetingIds)
              .getResultList()) {
        MeetingParticipant mp = (MeetingParticipant) row[0];
        byMeeting
            .computeIfAbsent(mp.meetingId, k -> new LinkedHashMap<>())
            .computeIfAbsent(mp.personId, k -> new ArrayList<>())
            .add(row);
      }
    }
    Map<Long, List<ParticipantView>> out = new HashMap<>();
    for (Long id : meetingIds) {
      List<ParticipantView> people = new ArrayList<>();
      byMeeting
          .getOrDefault(id, new LinkedHashMap<>())
          .forEach(
              (personId, rows) -> {
                ParticipantRole role =
                    rows.stream()
                        .map(r -> ((MeetingParticipant) r[0]).role)
                        .min(Comparator.naturalOrder())
                        .orElseThrow();
                List<String> positions = new ArrayList<>();
                rows.forEach(r -> positions.addAll(((MeetingParticipant) r[0]).positions));
                people.add(
                    new ParticipantView(
                        personId,
                        (String) rows.getFirst()[1],
                        role,
                        PositionKeys.dedupe(positions)));
              });
      out.put(id, people);
    }
    return out;
  }

  /**
   * The regulations each of these meetings dealt with, in one query: one entry per regulation with
   * the role most reports state, in order of first mention. Every id is present.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, List<RegulationLink>> regulationLinks(Collection<Long> meetingIds) {
    Map<Long, LinkedHashMap<Long, List<MeetingRegulationRole>>> roles = new HashMap<>();
    if (!meetingIds.isEmpty()) {
      for (MeetingRegulation mr :
          em.createQuery(
                  "select mr from MeetingRegulation mr join MeetingReport r on r.id = mr.reportId"
                      + " where mr.meetingId in :ids"
                      + " order by r.documentId, r.reportNo, mr.ordinal",
                  MeetingRegulation.class)
              .setParameter("ids", meetingIds)
              .getResultList()) {
        roles
            .computeIfAbsent(mr.meetingId, k -> new LinkedHashMap<>())
            .computeIfAbsent(mr.regulationId, k -> new ArrayList<>())
            .add(mr.role);
      }
    }
    Map<Long, List<RegulationLink>> out = new HashMap<>();
    for (Long id : meetingIds) {
      List<RegulationLink> links = new ArrayList<>();
      roles
          .getOrDefault(id, new LinkedHashMap<>())
          .forEach(
              (regulationId, stated) ->
                  links.add(
                      new RegulationLink(
                          regulationId,
                          Votes.winner(stated, Comparator.<MeetingRegulationRole>naturalOrder()))));
      out.put(id, links);
    }
    return out;
  }

  /**
   * The documents reporting each of these meetings, by document id, in one query. Every id is
   * present.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, List<ReportingDocument>> reportingDocuments(Collection<Long> meetingIds) {
    Map<Long, List<ReportingDocument>> out = new HashMap<>();
    meetingIds.forEach(id -> out.put(id, new ArrayList<>()));
    if (meetingIds.isEmpty()) {
      return out;
    }
    for (Object row :
        em.createNativeQuery(
                """
                select distinct r.meeting_id, r.document_id, d.title
                from meeting_document r join document d on d.id = r.document_id
                where r.meeting_id in (:ids)
                order by r.meeting_id, r.document_id
                """)
            .setParameter("ids", meetingIds)
            .getResultList()) {
      Object[] cols = (Object[]) row;
      out.get(((Number) cols[0]).longValue())
          .add(new ReportingDocument(((Number) cols[1]).longValue(), (String) cols[2]));
    }
    return out;
  }

  /**
   * For each of these regulations, the meetings that dealt with it and how (the role most reports
   * state), by date ascending (undated last, then by id), in two queries. Every id is present.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, List<RegulationMeeting>> ofRegulations(Collection<Long> regulationIds) {
    Map<Long, List<RegulationMeeting>> out = new HashMap<>();
    regulationIds.forEach(id -> out.put(id, new ArrayList<>()));
    if (regulationIds.isEmpty()) {
      return out;
    }
    Map<Long, LinkedHashMap<Long, List<MeetingRegulationRole>>> roles = new HashMap<>();
    for (MeetingRegulation mr :
        em.createQuery(
                "select mr from MeetingRegulation mr where mr.regulationId in :ids order by mr.id",
                MeetingRegulation.class)
            .setParameter("ids", regulationIds)
            .getResultList()) {
      roles
          .computeIfAbsent(mr.regulationId, k -> new LinkedHashMap<>())
          .computeIfAbsent(mr.meetingId, k -> new ArrayList<>())
          .add(mr.role);
    }
    Map<Long, MeetingSummary> summaries =
        summaries(roles.values().stream().flatMap(m -> m.keySet().stream()).distinct().toList());
    roles.forEach(
        (regulationId, byMeeting) ->
            byMeeting.forEach(
                (meetingId, stated) -> {
                  MeetingSummary m = summaries.get(meetingId);
                  if (m != null) {
                    out.get(regulationId)
                        .add(
                            new RegulationMeeting(
                                m,
                                Votes.winner(
                                    stated, Comparator.<MeetingRegulationRole>naturalOrder())));
                  }
                }));
    Comparator<RegulationMeeting> byDate =
        Comparator.comparing(
                (RegulationMeeting rm) -> rm.meeting().date(),
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(rm -> rm.meeting().id());
    out.values().forEach(list -> list.sort(byDate));
    return out;
  }
}
