package io.regtrack.meeting;

import io.regtrack.change.ChangeService;
import io.regtrack.change.TombstoneService;
import io.regtrack.meeting.ArticleMeetings.Participant;
import io.regtrack.meeting.ArticleMeetings.Report;
import io.regtrack.organization.OrganizationService;
import io.regtrack.organization.OrganizationView;
import io.regtrack.person.PersonService;
import io.regtrack.person.PersonSplit;
import io.regtrack.person.PersonsMerged;
import io.regtrack.province.ProvinceService;
import io.regtrack.province.ProvinceView;
import io.regtrack.shared.change.Forgotten;
import io.regtrack.shared.change.RecycledIds;
import io.regtrack.shared.id.NodeType;
import io.regtrack.shared.text.PositionKeys;
import io.regtrack.shared.text.TextKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Stores the meetings an article reports and merges reports of one meeting across articles.
 *
 * <p><b>Merge rule.</b> Two reports in different documents are of one meeting when they have the
 * same date, the same organizer or the same province, and at least one regulation in common; a
 * report whose date has no year ({@code datePartial}) matches only a report with the same day and
 * month and the same organizer <em>and</em> province (and a shared regulation); a report without
 * any date never matches. A meeting is a connected component of matching reports: a new report
 * joins every meeting it matches, merging them into the one with the smallest id. The relation
 * depends on the two reports only, so the meetings do not depend on the order of ingestion.
 *
 * <p><b>Merged fields</b> are recomputed from all reports of the meeting whenever one joins, by a
 * vote that depends on the values only ({@link Votes}): the value most reports state wins, ties go
 * to a content-based order (alphabetical for texts, the stronger or larger for enums and counts,
 * the province code, the organizer's name key). {@code online} is true when any report says so;
 * {@code dateInferred} is false when any report states the date. The participant list and the
 * regulations merge at read time ({@link MeetingQueries}).
 *
 * <p><b>Concurrency.</b> Matching and merging happen under {@code
 * pg_advisory_xact_lock(MEETING_LOCKS, hashtext(date))} (or the partial date), taken for all dates
 * of the article in sorted order after the registry's and the person locks.
 *
 * <p><b>Change feed.</b> A meeting that gains or loses a report is updated ({@code updated_at}),
 * also when no merged field changes (its documents, participants or regulations did). A meeting
 * merged into another is deleted with a tombstone; the documents, persons and regulations linked to
 * it now link to the survivor, and a split moves links to the new meeting: those changes are logged
 * through {@link ChangeService} for the objects at the other end, whose rows (not under this
 * feature's locks) are left alone.
 */
@ApplicationScoped
public class MeetingService {
  /** First key of the two-key advisory locks on meeting dates. */
  static final int MEETING_LOCKS = 0x4D454554; // "MEET"

  private final EntityManager em;
  private final ProvinceService provinces;
  private final OrganizationService organizations;
  private final ChangeService changes;
  private final TombstoneService tombstones;

  public MeetingService(
      EntityManager em,
      ProvinceService provinces,
      OrganizationService organizations,
      ChangeService changes,
      TombstoneService tombstones) {
    this.em = em;
    this.provinces = provinces;
    this.organizations = organizations;
    this.changes = changes;
    this.tombstones = tombstones;
  }

  /**
   * Stores the article's meetings, merging each with the meetings other documents reported. Joins
   * the caller's transaction: the ingest pipeline calls it once per new document, after the
   * registry and the person feature.
   *
   * @param documentId the stored document
   * @param article the meetings it reports
   * @param regulationIds the registry's regulation id of each regulation key of the article
   * @param personIds the person id of each name key ({@link PersonService#nameKey}) of the article
   * @return the meeting id of each report, in the article's order
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<Long> record(
      long documentId,
      ArticleMeetings article,
      Map<String, Long> regulationIds,
      Map<String, Long> personIds) {
    return record(documentId, article, regulationIds, personIds, null);
  }

  /**
   * {@link #record(long, ArticleMeetings, Map, Map)} for a document being re-extracted: a meeting
   * its n-th report creates takes the id of the meeting that {@link #forgetDocument(long,
   * RecycledIds)} deleted with the document's former n-th report.
   *
   * @param recycled what forgetting the document deleted; {@code null} for none
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<Long> record(
      long documentId,
      ArticleMeetings article,
      Map<String, Long> regulationIds,
      Map<String, Long> personIds,
      RecycledIds recycled) {
    if (article.reports().isEmpty()) {
      return List.of();
    }
    article.reports().stream()
        .map(MeetingService::lockKey)
        .filter(Objects::nonNull)
        .distinct()
        .sorted()
        .forEach(this::lock);
    List<Long> meetingIds = new ArrayList<>();
    Set<Long> organizers = new TreeSet<>();
    for (int i = 0; i < article.reports().size(); i++) {
      Report r = article.reports().get(i);
      MeetingReport report = newReport(documentId, i, r);
      List<Long> regulations = regulations(r, regulationIds);
      long meetingId = attach(report, regulations, organizers, recycled);
      report.meetingId = meetingId;
      report.persist();
      em.flush();
      int ordinal = 0;
      for (Long regulationId : regulations) {
        MeetingRegulation mr = new MeetingRegulation();
        mr.meetingId = meetingId;
        mr.reportId = report.id;
        mr.regulationId = regulationId;
        mr.ordinal = ordinal++;
        mr.role = roleOf(r, regulationId, regulationIds);
        mr.persist();
      }
      ordinal = 0;
      for (Map.Entry<Long, Participant> p : participants(r, personIds).entrySet()) {
        MeetingParticipant mp = new MeetingParticipant();
        mp.meetingId = meetingId;
        mp.reportId = report.id;
        mp.personId = p.getKey();
        mp.ordinal = ordinal++;
        mp.role = p.getValue().role();
        mp.positions = p.getValue().positions();
        mp.persist();
      }
      em.flush();
      recompute(meetingId, organizers, true);
      meetingIds.add(meetingId);
    }
    // Row locks first (in id order): a concurrent ingest for the same organizer then reads the
    // meetings only after this one commits, so neither infers from a partial set.
    organizations.lockRows(organizers);
    for (long organizer : organizers) {
      List<Long> provinceIds =
          em.createQuery("select m.provinceId from Meeting m where m.organizerId = :o", Long.class)
              .setParameter("o", organizer)
              .getResultList();
      organizations.inferProvince(organizer, provinceIds);
    }
    return meetingIds;
  }

  /**
   * Moves the participations of merged persons to the surviving person; the meetings they were in
   * now list the survivor (logged as updated).
   */
  void onPersonsMerged(@Observes PersonsMerged event) {
    em.flush();
    logUpdated(
        NodeType.Meeting,
        "select distinct mp.meetingId from MeetingParticipant mp where mp.personId in :others",
        Map.of("others", event.merged()));
    em.createQuery("update MeetingParticipant set personId = :s where personId in :others")
        .setParameter("s", event.survivor())
        .setParameter("others", event.merged())
        .executeUpdate();
  }

  // ------------------------------------------------------------------------------- matching

  /** The advisory lock key of a report: its date, or its partial date; none without a date. */
  static String lockKey(Report r) {
    if (r.date() != null) {
      return r.date().toString();
    }
    return r.datePartial();
  }

  private void lock(String key) {
    em.createNativeQuery(
            "select count(*) from (select pg_advisory_xact_lock(:cls, hashtext(:key))) locked")
        .setParameter("cls", MEETING_LOCKS)
        .setParameter("key", key)
        .getSingleResult();
  }

  /**
   * The meeting the report belongs to: a new one, the one meeting it matches, or the meetings it
   * matches merged into the one with the smallest id.
   */
  private long attach(
      MeetingReport report, List<Long> regulations, Set<Long> organizers, RecycledIds recycled) {
    TreeSet<Long> matching = new TreeSet<>();
    if ((report.date != null || report.datePartial != null) && !regulations.isEmpty()) {
      // Scalar rows, not entities: a merge earlier in this transaction moved reports with a bulk
      // update, which managed entities would not reflect.
      String select =
          "select r.id, r.meetingId, r.organizerId, r.provinceId, r.date, r.datePartial"
              + " from MeetingReport r where ";
      List<Object[]> rows =
          report.date != null
              ? em.createQuery(select + "r.date = :d and r.documentId <> :doc", Object[].class)
                  .setParameter("d", report.date)
                  .setParameter("doc", report.documentId)
                  .getResultList()
              : em.createQuery(
                      select + "r.date is null and r.datePartial = :p and r.documentId <> :doc",
                      Object[].class)
                  .setParameter("p", report.datePartial)
                  .setParameter("doc", report.documentId)
                  .getResultList();
      List<Candidate> candidates =
          rows.stream()
              .map(
                  r ->
                      new Candidate(
                          (Long) r[0],
                          (Long) r[1],
                          (Long) r[2],
                          (Long) r[3],
                          (LocalDate) r[4],
                          (String) r[5]))
              .toList();
      Map<Long, Set<Long>> regulationsOf = regulationsOf(candidates);
      Set<Long> mine = new HashSet<>(regulations);
      Candidate self =
          new Candidate(
              null, null, report.organizerId, report.provinceId, report.date, report.datePartial);
      for (Candidate c : candidates) {
        boolean shared =
            regulationsOf.getOrDefault(c.reportId(), Set.of()).stream().anyMatch(mine::contains);
        if (shared && sameMeeting(self, c)) {
          matching.add(c.meetingId());
        }
      }
    }
    if (matching.isEmpty()) {
      var reused =
          recycled == null
              ? null
              : recycled.take(NodeType.Meeting, String.valueOf(report.reportNo)).orElse(null);
      if (reused != null) {
        // The row a re-extraction deleted, again: same id and creation time; recompute fills it.
        em.createNativeQuery(
                """
                insert into meeting (id, kind, created_at, updated_at) overriding system value
                values (:id, :kind, :createdAt, now())
                """)
            .setParameter("id", reused.id())
            .setParameter("kind", report.kind.name())
            .setParameter("createdAt", reused.createdAt())
            .executeUpdate();
        changes.recordRecreated(NodeType.Meeting, reused.id());
        return reused.id();
      }
      Meeting m = new Meeting();
      m.kind = report.kind;
      m.updatedAt = Instant.now();
      m.persist();
      em.flush();
      return m.id;
    }
    long survivor = matching.first();
    List<Long> others = List.copyOf(matching.tailSet(survivor, false));
    if (!others.isEmpty()) {
      em.flush();
      // What the merged meetings link to now links to the survivor (the survivor itself is updated
      // by the caller's recompute).
      logLinksMoved("r.meetingId in :others", Map.of("others", others));
      for (String entity : List.of("MeetingReport", "MeetingParticipant", "MeetingRegulation")) {
        em.createQuery("update " + entity + " set meetingId = :s where meetingId in :others")
            .setParameter("s", survivor)
            .setParameter("others", others)
            .executeUpdate();
      }
      em
          .createQuery("select m.organizerId from Meeting m where m.id in :others", Long.class)
          .setParameter("others", others)
          .getResultList()
          .stream()
          .filter(Objects::nonNull)
          .forEach(organizers::add);
      em.createQuery("delete from Meeting where id in :others")
          .setParameter("others", others)
          .executeUpdate();
      tombstones.recordAll(NodeType.Meeting, others);
    }
    return survivor;
  }

  /**
   * What matching compares of a stored report.
   *
   * @param reportId the report ({@code null} for the report being stored)
   * @param meetingId its meeting
   */
  record Candidate(
      Long reportId,
      Long meetingId,
      Long organizerId,
      Long provinceId,
      LocalDate date,
      String datePartial) {}

  /**
   * Whether two reports (of different documents, sharing a regulation) are of one meeting: same
   * date and same organizer or province; without a year, same day, organizer and province.
   */
  static boolean sameMeeting(Candidate a, Candidate b) {
    boolean sameOrganizer = a.organizerId() != null && a.organizerId().equals(b.organizerId());
    boolean sameProvince = a.provinceId() != null && a.provinceId().equals(b.provinceId());
    if (a.date() != null) {
      return a.date().equals(b.date()) && (sameOrganizer || sameProvince);
    }
    return a.datePartial() != null
        && b.date() == null
        && a.datePartial().equals(b.datePartial())
        && sameOrganizer
        && sameProvince;
  }

  private Map<Long, Set<Long>> regulationsOf(List<Candidate> reports) {
    Map<Long, Set<Long>> out = new HashMap<>();
    if (reports.isEmpty()) {
      return out;
    }
    for (Object[] row :
        em.createQuery(
                "select mr.reportId, mr.regulationId from MeetingRegulation mr"
                    + " where mr.reportId in :ids",
                Object[].class)
            .setParameter("ids", reports.stream().map(Candidate::reportId).toList())
            .getResultList()) {
      out.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((Long) row[1]);
    }
    return out;
  }

  // ------------------------------------------------------------------------------- reports

  private MeetingReport newReport(long documentId, int reportNo, Report r) {
    MeetingReport report = new MeetingReport();
    report.documentId = documentId;
    report.reportNo = reportNo;
    report.title = blankToNull(r.title());
    report.kind = r.kind() == null ? MeetingKind.OTHER : r.kind();
    report.date = r.date();
    report.dateInferred = r.date() != null && r.dateInferred();
    report.datePartial = r.date() == null ? blankToNull(r.datePartial()) : null;
    report.partOfDay = r.partOfDay();
    ProvinceView province = provinces.byName(r.province()).orElse(null);
    if (province != null) {
      report.provinceId = province.id();
      report.provinceTodayId =
          provinces
              .byName(r.provinceToday())
              .map(ProvinceView::id)
              .orElse(provinces.today(province).id());
    }
    report.location = blankToNull(r.location());
    if (blankToNull(r.organizer()) != null) {
      report.organizerId = organizations.findOrCreate(r.organizer()).id();
    }
    report.online = r.online();
    report.bridgePoints =
        r.bridgePoints() == null || r.bridgePoints() < 0 ? null : r.bridgePoints();
    if (r.attendeeCount() != null && r.attendeeCount() >= 0) {
      report.attendeeCount = r.attendeeCount();
      report.attendeeCountQualifier =
          r.attendeeCountQualifier() == null ? CountQualifier.EXACT : r.attendeeCountQualifier();
    }
    return report;
  }

  /** The report's regulations the registry knows, each once, in the report's order. */
  private static List<Long> regulations(Report r, Map<String, Long> regulationIds) {
    List<Long> out = new ArrayList<>();
    for (ArticleMeetings.Regulation reg : r.regulations()) {
      Long id = reg.regulationKey() == null ? null : regulationIds.get(reg.regulationKey());
      if (id != null && !out.contains(id)) {
        out.add(id);
      }
    }
    return out;
  }

  /** The role of a regulation in a report: the first in role order among its keys' roles. */
  private static MeetingRegulationRole roleOf(
      Report r, long regulationId, Map<String, Long> regulationIds) {
    return r.regulations().stream()
        .filter(reg -> Objects.equals(regulationIds.get(reg.regulationKey()), regulationId))
        .map(reg -> reg.role() == null ? MeetingRegulationRole.DISCUSSED : reg.role())
        .min(Comparator.naturalOrder())
        .orElse(MeetingRegulationRole.DISCUSSED);
  }

  /**
   * The report's participants by person: one entry per person (the strongest role, positions merged
   * keeping the fullest form), in the report's order.
   */
  private static Map<Long, Participant> participants(Report r, Map<String, Long> personIds) {
    Map<Long, Participant> out = new LinkedHashMap<>();
    for (Participant p : r.participants()) {
      Long personId = personIds.get(PersonService.nameKey(p.name()));
      if (personId == null) {
        continue;
      }
      ParticipantRole role = p.role() == null ? ParticipantRole.ATTENDEE : p.role();
      out.merge(
          personId,
          new Participant(p.name(), role, PositionKeys.dedupe(p.positions())),
          (a, b) -> {
            List<String> positions = new ArrayList<>(a.positions());
            positions.addAll(b.positions());
            ParticipantRole strongest = a.role().compareTo(b.role()) <= 0 ? a.role() : b.role();
            return new Participant(a.name(), strongest, PositionKeys.dedupe(positions));
          });
    }
    return out;
  }

  // ------------------------------------------------------------------------------- merged fields

  /**
   * Logs as updated the documents, persons and regulations linked to the reports {@code reports} (a
   * condition on {@code MeetingReport r}) selects, before those reports move to another meeting: a
   * document's meetings, a person's meetings and a regulation's meetings change with them.
   */
  private void logLinksMoved(String reports, Map<String, Object> params) {
    logUpdated(
        NodeType.Document,
        "select distinct r.documentId from MeetingReport r where " + reports,
        params);
    logUpdated(
        NodeType.Person,
        "select distinct mp.personId from MeetingParticipant mp, MeetingReport r"
            + " where mp.reportId = r.id and "
            + reports,
        params);
    logUpdated(
        NodeType.Regulation,
        "select distinct mr.regulationId from MeetingRegulation mr, MeetingReport r"
            + " where mr.reportId = r.id and "
            + reports,
        params);
  }

  /** Logs as updated the objects of {@code type} whose ids {@code select} returns. */
  private void logUpdated(NodeType type, String select, Map<String, Object> params) {
    var query = em.createQuery(select, Long.class);
    params.forEach(query::setParameter);
    changes.recordUpdated(type, query.getResultList());
  }

  /**
   * Recomputes a meeting's fields from all its reports (see the class comment).
   *
   * @param linksChanged whether the meeting's reports changed: it is updated even when no merged
   *     field changes, since its documents, participants or regulations did
   */
  private void recompute(long meetingId, Set<Long> organizers, boolean linksChanged) {
    List<MeetingReport> reports =
        em.createQuery("select r from MeetingReport r where r.meetingId = :id", MeetingReport.class)
            .setParameter("id", meetingId)
            .getResultList();
    Meeting m = Meeting.findById(meetingId);
    if (m.organizerId != null) {
      organizers.add(m.organizerId);
    }
    String title =
        Votes.winner(
            map(reports, r -> r.title), TextKeys::nameKey, Comparator.<String>naturalOrder());
    MeetingKind kind =
        Objects.requireNonNullElse(
            Votes.winner(map(reports, r -> r.kind), Comparator.<MeetingKind>naturalOrder()),
            MeetingKind.OTHER);
    LocalDate date = Votes.winner(map(reports, r -> r.date), Comparator.<LocalDate>naturalOrder());
    boolean dateInferred =
        date != null && reports.stream().noneMatch(r -> date.equals(r.date) && !r.dateInferred);
    String datePartial =
        date != null
            ? null
            : Votes.winner(map(reports, r -> r.datePartial), Comparator.<String>naturalOrder());
    PartOfDay partOfDay =
        Votes.winner(map(reports, r -> r.partOfDay), Comparator.<PartOfDay>naturalOrder());
    Map<Long, ProvinceView> provinceViews =
        provinces.findAll(
            map(reports, r -> r.provinceId).stream().filter(Objects::nonNull).toList());
    Long provinceId =
        Votes.winner(
            map(reports, r -> r.provinceId),
            Comparator.comparing(
                (Long id) -> provinceViews.containsKey(id) ? provinceViews.get(id).code() : ""));
    Long provinceTodayId =
        provinceId == null
            ? null
            : reports.stream()
                .filter(r -> provinceId.equals(r.provinceId) && r.provinceTodayId != null)
                .map(r -> r.provinceTodayId)
                .min(Comparator.naturalOrder())
                .orElse(provinceId);
    String location =
        Votes.winner(
            map(reports, r -> r.location), TextKeys::nameKey, Comparator.<String>naturalOrder());
    Map<Long, OrganizationView> organizerViews =
        organizations.findAll(
            map(reports, r -> r.organizerId).stream().filter(Objects::nonNull).toList());
    Long organizerId =
        Votes.winner(
            map(reports, r -> r.organizerId),
            Comparator.comparing(
                (Long id) ->
                    organizerViews.containsKey(id)
                        ? TextKeys.nameKey(organizerViews.get(id).name())
                        : ""));
    boolean online = reports.stream().anyMatch(r -> r.online);
    Integer bridgePoints =
        Votes.winner(map(reports, r -> r.bridgePoints), Comparator.<Integer>reverseOrder());
    Attendance attendance =
        Votes.winner(
            reports.stream()
                .filter(r -> r.attendeeCount != null)
                .map(r -> new Attendance(r.attendeeCount, r.attendeeCountQualifier))
                .toList(),
            Comparator.comparing(Attendance::count, Comparator.reverseOrder())
                .thenComparing(
                    Attendance::qualifier, Comparator.nullsLast(Comparator.naturalOrder())));

    boolean changed =
        !Objects.equals(m.title, title)
            || m.kind != kind
            || !Objects.equals(m.date, date)
            || m.dateInferred != dateInferred
            || !Objects.equals(m.datePartial, datePartial)
            || m.partOfDay != partOfDay
            || !Objects.equals(m.provinceId, provinceId)
            || !Objects.equals(m.provinceTodayId, provinceTodayId)
            || !Objects.equals(m.location, location)
            || !Objects.equals(m.organizerId, organizerId)
            || m.online != online
            || !Objects.equals(m.bridgePoints, bridgePoints)
            || !Objects.equals(m.attendeeCount, attendance == null ? null : attendance.count())
            || m.attendeeCountQualifier != (attendance == null ? null : attendance.qualifier());
    if (changed) {
      m.title = title;
      m.kind = kind;
      m.date = date;
      m.dateInferred = dateInferred;
      m.datePartial = datePartial;
      m.partOfDay = partOfDay;
      m.provinceId = provinceId;
      m.provinceTodayId = provinceTodayId;
      m.location = location;
      m.organizerId = organizerId;
      m.online = online;
      m.bridgePoints = bridgePoints;
      m.attendeeCount = attendance == null ? null : attendance.count();
      m.attendeeCountQualifier = attendance == null ? null : attendance.qualifier();
    }
    if (changed || linksChanged) {
      m.updatedAt = Instant.now();
    }
    if (organizerId != null) {
      organizers.add(organizerId);
    }
    em.flush();
  }

  /** A count with its qualifier, voted on together. */
  private record Attendance(Integer count, CountQualifier qualifier) {}

  private static <T> List<T> map(Collection<MeetingReport> reports, Function<MeetingReport, T> f) {
    List<T> out = new ArrayList<>(reports.size());
    reports.forEach(r -> out.add(f.apply(r)));
    return out;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  // ------------------------------------------------------------------------------- deletion

  /**
   * Takes the date locks {@link #record} takes, for the meetings a document reports, in sorted
   * order. A deletion calls it after the registry's and the person locks, the order ingestion takes
   * them in. Joins the caller's transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void lockDocument(long documentId) {
    // A report's date is stable, and every report of its meeting has the same date.
    em.createQuery(
            "select r.date, r.datePartial from MeetingReport r where r.documentId = :d",
            Object[].class)
        .setParameter("d", documentId)
        .getResultStream()
        .map(r -> r[0] != null ? r[0].toString() : (String) r[1])
        .filter(Objects::nonNull)
        .distinct()
        .sorted()
        .forEach(this::lock);
  }

  /**
   * Forgets a document that is being deleted: deletes its reports with their participants and
   * regulations; deletes each meeting left without a report; recomputes the merged fields of the
   * others from the reports left. When the document's report was what linked a meeting's other
   * reports, the meeting splits into the groups the merge rule makes of what is left (the group
   * with the earliest report keeps the id), so the meetings are those an ingestion without the
   * document would have made. Takes the locks of {@link #lockDocument} (re-entrant) and joins the
   * caller's transaction.
   *
   * @return the meetings deleted, recomputed and split off
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Forgotten forgetDocument(long documentId) {
    return forgetDocument(documentId, null);
  }

  /**
   * {@link #forgetDocument(long)} for a document about to be re-extracted: also offers {@code
   * recycled} the meetings it deletes, by the number of the document's report of each, for {@link
   * #record(long, ArticleMeetings, Map, Map, RecycledIds)} to create again under the same ids.
   *
   * @param recycled receives what was deleted; {@code null} for a plain deletion
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Forgotten forgetDocument(long documentId, RecycledIds recycled) {
    lockDocument(documentId);
    // Locked: no merge moves the document's reports to another meeting from here on.
    List<Long> meetingIds =
        em.createQuery(
                "select distinct r.meetingId from MeetingReport r where r.documentId = :d"
                    + " order by r.meetingId",
                Long.class)
            .setParameter("d", documentId)
            .getResultList();
    if (meetingIds.isEmpty()) {
      return Forgotten.NOTHING;
    }
    em.flush();
    // A meeting has at most one report of a document (reports of one document never merge).
    Map<Long, Object[]> reportOf = new HashMap<>();
    if (recycled != null) {
      for (Object[] row :
          em.createQuery(
                  "select r.meetingId, r.reportNo, m.createdAt from MeetingReport r, Meeting m"
                      + " where m.id = r.meetingId and r.documentId = :d",
                  Object[].class)
              .setParameter("d", documentId)
              .getResultList()) {
        reportOf.put((Long) row[0], row);
      }
    }
    String ofDocument =
        " where reportId in (select r.id from MeetingReport r where r.documentId = :d)";
    em.createQuery("delete from MeetingParticipant" + ofDocument)
        .setParameter("d", documentId)
        .executeUpdate();
    em.createQuery("delete from MeetingRegulation" + ofDocument)
        .setParameter("d", documentId)
        .executeUpdate();
    em.createQuery("delete from MeetingReport where documentId = :d")
        .setParameter("d", documentId)
        .executeUpdate();
    List<Long> deleted = new ArrayList<>();
    List<Long> updated = new ArrayList<>();
    List<Long> created = new ArrayList<>();
    for (long meetingId : meetingIds) {
      List<Object[]> rows = reportRows(meetingId);
      if (rows.isEmpty()) {
        em.createQuery("delete from Meeting where id = :m")
            .setParameter("m", meetingId)
            .executeUpdate();
        deleted.add(meetingId);
        Object[] report = reportOf.get(meetingId);
        if (report != null) {
          recycled.offer(
              NodeType.Meeting, String.valueOf(report[1]), meetingId, (Instant) report[2]);
        }
        continue;
      }
      if (recycled == null) {
        // A re-extraction splits after recording the new extraction, which may link them again.
        created.addAll(splitOff(rows));
      }
      recompute(meetingId, new HashSet<>(), true);
      updated.add(meetingId);
    }
    em.flush();
    created.sort(Comparator.naturalOrder());
    return new Forgotten(deleted, updated, created);
  }

  /**
   * Splits each of these meetings whose reports no longer form one linked group, as {@link
   * #forgetDocument(long)} does: for a re-extraction, which forgets the document's reports without
   * splitting ({@link #forgetDocument(long, RecycledIds)}) and records the new ones first, so that
   * a meeting the document still links is not split and merged again. Unknown ids are skipped.
   * Joins the caller's transaction.
   *
   * @return the meetings split off, ascending
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<Long> splitUnlinked(Collection<Long> meetingIds) {
    em.flush();
    List<Long> created = new ArrayList<>();
    for (long meetingId : new TreeSet<>(meetingIds)) {
      List<Long> split = splitOff(reportRows(meetingId));
      if (!split.isEmpty()) {
        created.addAll(split);
        recompute(meetingId, new HashSet<>(), true);
      }
    }
    em.flush();
    created.sort(Comparator.naturalOrder());
    return created;
  }

  /**
   * A meeting's reports as {@code id, meetingId, organizerId, provinceId, date, datePartial,
   * documentId}, by id.
   */
  private List<Object[]> reportRows(long meetingId) {
    return em.createQuery(
            "select r.id, r.meetingId, r.organizerId, r.provinceId, r.date, r.datePartial,"
                + " r.documentId from MeetingReport r where r.meetingId = :m order by r.id",
            Object[].class)
        .setParameter("m", meetingId)
        .getResultList();
  }

  /**
   * Moves each group of the reports ({@link #reportRows}) after the first that the merge rule links
   * to a new meeting.
   *
   * @return the new meetings
   */
  private List<Long> splitOff(List<Object[]> rows) {
    List<Candidate> reports = new ArrayList<>();
    Map<Long, Long> documentOf = new HashMap<>();
    for (Object[] r : rows) {
      reports.add(
          new Candidate(
              (Long) r[0], (Long) r[1], (Long) r[2], (Long) r[3], (LocalDate) r[4], (String) r[5]));
      documentOf.put((Long) r[0], (Long) r[6]);
    }
    List<Long> created = new ArrayList<>();
    List<List<Long>> groups = linkedGroups(reports, documentOf);
    for (List<Long> group : groups.subList(Math.min(1, groups.size()), groups.size())) {
      created.add(splitOffReports(group));
    }
    return created;
  }

  /**
   * The report ids of one meeting (ascending) in the groups the merge rule links them into: two
   * reports of different documents sharing a regulation and {@linkplain #sameMeeting matching}. The
   * group of the earliest report comes first.
   *
   * @param reports the reports, by id
   * @param documentOf the document of each report
   */
  private List<List<Long>> linkedGroups(List<Candidate> reports, Map<Long, Long> documentOf) {
    Map<Long, Set<Long>> regulationsOf = regulationsOf(reports);
    int n = reports.size();
    boolean[] seen = new boolean[n];
    List<List<Long>> groups = new ArrayList<>();
    for (int start = 0; start < n; start++) {
      if (seen[start]) {
        continue;
      }
      seen[start] = true;
      List<Long> members = new ArrayList<>();
      List<Integer> pending = new ArrayList<>(List.of(start));
      while (!pending.isEmpty()) {
        Candidate a = reports.get(pending.removeLast());
        members.add(a.reportId());
        Set<Long> aRegulations = regulationsOf.getOrDefault(a.reportId(), Set.of());
        for (int j = 0; j < n; j++) {
          Candidate b = reports.get(j);
          if (!seen[j]
              && !documentOf.get(a.reportId()).equals(documentOf.get(b.reportId()))
              && (sameMeeting(a, b) || sameMeeting(b, a))
              && regulationsOf.getOrDefault(b.reportId(), Set.of()).stream()
                  .anyMatch(aRegulations::contains)) {
            seen[j] = true;
            pending.add(j);
          }
        }
      }
      members.sort(Comparator.naturalOrder());
      groups.add(members);
    }
    return groups;
  }

  /**
   * Moves a group of a meeting's reports (with their participants and regulations) to a new one.
   */
  private long splitOffReports(List<Long> reportIds) {
    logLinksMoved("r.id in :ids", Map.of("ids", reportIds));
    Meeting m = new Meeting();
    m.kind = MeetingKind.OTHER;
    m.updatedAt = Instant.now();
    m.persist();
    em.flush();
    em.createQuery("update MeetingReport set meetingId = :m where id in :ids")
        .setParameter("m", m.id)
        .setParameter("ids", reportIds)
        .executeUpdate();
    for (String entity : List.of("MeetingParticipant", "MeetingRegulation")) {
      em.createQuery("update " + entity + " set meetingId = :m where reportId in :ids")
          .setParameter("m", m.id)
          .setParameter("ids", reportIds)
          .executeUpdate();
    }
    recompute(m.id, new HashSet<>(), false);
    return m.id;
  }

  /**
   * Moves the participations stated by the split-off person's documents to it; the meetings they
   * are in now list the new person (logged as updated).
   */
  void onPersonSplit(@Observes PersonSplit event) {
    em.flush();
    logUpdated(
        NodeType.Meeting,
        "select distinct r.meetingId from MeetingParticipant mp, MeetingReport r"
            + " where mp.reportId = r.id and mp.personId = :p and r.documentId in :docs",
        Map.of("p", event.person(), "docs", event.documents()));
    em.createQuery(
            "update MeetingParticipant set personId = :n where personId = :p and reportId in"
                + " (select r.id from MeetingReport r where r.documentId in :docs)")
        .setParameter("n", event.splitOff())
        .setParameter("p", event.person())
        .setParameter("docs", event.documents())
        .executeUpdate();
  }
}
