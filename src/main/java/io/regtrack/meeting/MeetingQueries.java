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
import io.regtrack.shared.paging.Cursor;
import io.regtrack.shared.paging.Page;
import io.regtrack.shared.text.PositionKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    StringBuilder where = new StringBuilder("1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (cursor != null) {
      String key = Cursor.decode(LIST, cursor);
      int comma = key.indexOf(',');
      LocalDate date;
      long after;
      try {
        date = comma <= 0 ? null : LocalDate.parse(key.substring(0, comma));
        after = Long.parseLong(key.substring(comma + 1));
      } catch (DateTimeParseException | NumberFormatException | StringIndexOutOfBoundsException e) {
        throw new InvalidInputException("cursor", "The cursor is not a valid cursor of this list");
      }
      if (date == null) {
        where.append(" and m.date is null and m.id < :after");
      } else {
        where.append(" and (m.date < :cd or (m.date = :cd and m.id < :after) or m.date is null)");
        params.put("cd", date);
      }
      params.put("after", after);
    }
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
        return new Page<>(List.of(), null);
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
        return new Page<>(List.of(), null);
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
        return new Page<>(List.of(), null);
      }
      where.append(
          " and exists (select 1 from MeetingParticipant mp where mp.meetingId = m.id"
              + " and mp.personId in :persons)");
      params.put("persons", personIds);
    }
    var query =
        em.createQuery(
                "select m.id, m.date from Meeting m where "
                    + where
                    + " order by m.date desc nulls last, m.id desc",
                Object[].class)
            .setMaxResults(limit + 1);
    params.forEach(query::setParameter);
    List<Object[]> rows = query.getResultList();
    boolean more = rows.size() > limit;
    List<Object[]> page = rows.subList(0, Math.min(limit, rows.size()));
    List<Long> ids = page.stream().map(r -> (Long) r[0]).toList();
    List<MeetingDetail> items = List.copyOf(details(ids).values());
    String next = null;
    if (more) {
      Object[] last = page.getLast();
      next = Cursor.encode(LIST, (last[1] == null ? "" : last[1].toString()) + "," + last[0]);
    }
    return new Page<>(items, next);
  }

  /** The meetings a person took part in, latest first (undated last). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Participation> participations(long personId) {
    List<MeetingParticipant> rows =
        em.createQuery(
                "select mp from MeetingParticipant mp where mp.personId = :p order by mp.id",
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
   * The meetings with these ids with participants, regulations and documents, in a fixed number of
   * queries. Unknown ids are absent; the map iterates in the order of {@code ids}.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, MeetingDetail> details(Collection<Long> ids) {
    Map<Long, MeetingDetail> out = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    List<Long> distinct = ids.stream().distinct().toList();
    Map<Long, Meeting> meetings = new HashMap<>();
    em.createQuery("select m from Meeting m where m.id in :ids", Meeting.class)
        .setParameter("ids", distinct)
        .getResultList()
        .forEach(m -> meetings.put(m.id, m));
    if (meetings.isEmpty()) {
      return out;
    }
    // Reports in a stable order: by document, then by position in the document.
    Map<Long, Integer> reportOrder = new HashMap<>();
    Map<Long, List<ReportingDocument>> documents = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                """
                select r.id, r.meeting_id, r.document_id, r.report_no, d.title
                from meeting_document r join document d on d.id = r.document_id
                where r.meeting_id in (:ids)
                order by r.document_id, r.report_no
                """)
            .setParameter("ids", meetings.keySet())
            .getResultList()) {
      Object[] cols = (Object[]) row;
      long reportId = ((Number) cols[0]).longValue();
      long meetingId = ((Number) cols[1]).longValue();
      long documentId = ((Number) cols[2]).longValue();
      reportOrder.put(reportId, reportOrder.size());
      List<ReportingDocument> docs = documents.computeIfAbsent(meetingId, k -> new ArrayList<>());
      if (docs.stream().noneMatch(d -> d.id() == documentId)) {
        docs.add(new ReportingDocument(documentId, (String) cols[4]));
      }
    }
    Comparator<Long> byReport =
        Comparator.comparingInt(r -> reportOrder.getOrDefault(r, Integer.MAX_VALUE));

    List<MeetingParticipant> participantRows =
        em.createQuery(
                "select mp from MeetingParticipant mp where mp.meetingId in :ids",
                MeetingParticipant.class)
            .setParameter("ids", meetings.keySet())
            .getResultList();
    participantRows.sort(
        Comparator.<MeetingParticipant, Long>comparing(mp -> mp.reportId, byReport)
            .thenComparingInt(mp -> mp.ordinal));
    Map<Long, String> names =
        persons.names(participantRows.stream().map(mp -> mp.personId).distinct().toList());
    Map<Long, LinkedHashMap<Long, List<MeetingParticipant>>> participants = new HashMap<>();
    for (MeetingParticipant mp : participantRows) {
      participants
          .computeIfAbsent(mp.meetingId, k -> new LinkedHashMap<>())
          .computeIfAbsent(mp.personId, k -> new ArrayList<>())
          .add(mp);
    }

    List<MeetingRegulation> regulationRows =
        em.createQuery(
                "select mr from MeetingRegulation mr where mr.meetingId in :ids",
                MeetingRegulation.class)
            .setParameter("ids", meetings.keySet())
            .getResultList();
    regulationRows.sort(
        Comparator.<MeetingRegulation, Long>comparing(mr -> mr.reportId, byReport)
            .thenComparingInt(mr -> mr.ordinal));
    Map<Long, LinkedHashMap<Long, List<MeetingRegulationRole>>> regulationRoles = new HashMap<>();
    for (MeetingRegulation mr : regulationRows) {
      regulationRoles
          .computeIfAbsent(mr.meetingId, k -> new LinkedHashMap<>())
          .computeIfAbsent(mr.regulationId, k -> new ArrayList<>())
          .add(mr.role);
    }

    Set<Long> provinceIds = new LinkedHashSet<>();
    Set<Long> organizerIds = new LinkedHashSet<>();
    for (Meeting m : meetings.values()) {
      provinceIds.add(m.provinceId);
      provinceIds.add(m.provinceTodayId);
      if (m.organizerId != null) {
        organizerIds.add(m.organizerId);
      }
    }
    provinceIds.remove(null);
    Map<Long, ProvinceView> provinceViews = provinces.findAll(provinceIds);
    Map<Long, OrganizationView> organizerViews = organizations.findAll(organizerIds);

    for (Long id : distinct) {
      Meeting m = meetings.get(id);
      if (m == null) {
        continue;
      }
      List<ParticipantView> people = new ArrayList<>();
      participants
          .getOrDefault(id, new LinkedHashMap<>())
          .forEach(
              (personId, parts) -> {
                ParticipantRole role =
                    parts.stream().map(p -> p.role).min(Comparator.naturalOrder()).orElseThrow();
                List<String> positions = new ArrayList<>();
                parts.forEach(p -> positions.addAll(p.positions));
                people.add(
                    new ParticipantView(
                        personId, names.get(personId), role, PositionKeys.dedupe(positions)));
              });
      List<RegulationLink> links = new ArrayList<>();
      regulationRoles
          .getOrDefault(id, new LinkedHashMap<>())
          .forEach(
              (regulationId, roles) ->
                  links.add(
                      new RegulationLink(
                          regulationId,
                          Votes.winner(roles, Comparator.<MeetingRegulationRole>naturalOrder()))));
      out.put(
          id,
          new MeetingDetail(
              m.id,
              m.title,
              m.kind,
              m.date,
              m.dateInferred,
              m.datePartial,
              m.partOfDay,
              m.provinceId == null ? null : provinceViews.get(m.provinceId),
              m.provinceTodayId == null ? null : provinceViews.get(m.provinceTodayId),
              m.location,
              m.organizerId == null ? null : organizerViews.get(m.organizerId),
              m.online,
              m.bridgePoints,
              m.attendeeCount,
              m.attendeeCountQualifier,
              people,
              links,
              Objects.requireNonNullElse(documents.get(id), List.of())));
    }
    return out;
  }
}
