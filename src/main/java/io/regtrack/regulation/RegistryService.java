package io.regtrack.regulation;

import io.regtrack.change.ChangeService;
import io.regtrack.organization.OrganizationKind;
import io.regtrack.organization.OrganizationService;
import io.regtrack.regulation.ArticleCitations.CitedRegulation;
import io.regtrack.regulation.ArticleCitations.Mention;
import io.regtrack.regulation.ArticleCitations.StatedRelation;
import io.regtrack.regulation.MajorityVote.Ballot;
import io.regtrack.regulation.MajorityVote.Outcome;
import io.regtrack.shared.change.Forgotten;
import io.regtrack.shared.change.RecycledIds;
import io.regtrack.shared.id.NodeType;
import io.regtrack.shared.text.SymbolKeys;
import io.regtrack.shared.text.TextKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.query.NativeQuery;
import org.jboss.logging.Logger;

/**
 * The regulation registry: resolves what an article cites to deduplicated regulations and stores
 * the article's citations and stated relations.
 *
 * <p><b>Identity</b> (DESIGN.md §2): symbol + issuer scope + year. Party numbering restarts each
 * term and local series (…/TU, …/HU, …/ĐUK) exist in every province, so the identity key is {@code
 * symbolKey|scope|year}: the scope is "TW" for central Party symbols, else the issuer's name key or
 * "?"; the year is the issue year or "?". A regulation without a symbol is keyed {@code
 * KIND:number|scope|year}. The key without the year is the <em>series</em>.
 *
 * <ul>
 *   <li>A mention with unknown year joins the most cited regulation of its series.
 *   <li>A dated mention adopts the series' "?"-year regulation instead of creating a second one.
 *   <li>A symbol arriving for a symbol-less regulation of the same kind, number, scope and year
 *       (created from short mentions only) adopts it when there is exactly one.
 *   <li>Short mentions an article could not resolve itself are resolved from the registry by kind
 *       (Quy định and Quyết định interchangeably) and number: a regulation of the same scope and
 *       year when stated, central or of the article's province first, most recent year first.
 * </ul>
 *
 * <p><b>Concurrency.</b> Finding or creating a regulation happens under {@code
 * pg_advisory_xact_lock(hashtext(key))} for its series and, when it has a number, for that number
 * ({@code "#58"}), all taken for the article's regulations in sorted order before anything else, so
 * concurrent ingestion of different articles citing the same new regulation creates it once and
 * cannot deadlock on those locks. The number lock covers what crosses series: a short mention
 * resolved from the registry by kind and number, a symbol adopting a symbol-less regulation of its
 * number, a symbol of unknown scope looked up in every series. Without it an article citing "Quy
 * định số 58" and one citing "Quy định số 58-QĐ/TW", ingested at the same time, each missed the
 * other's uncommitted row and created two regulations (and, through them, two meetings where
 * sequential ingestion in either order makes one). The rows whose fields are recomputed are locked
 * ({@code FOR NO KEY UPDATE}) in id order, so each recomputation sees every committed citation.
 *
 * <p><b>Field values</b> are not last-writer-wins: after an article's citations are stored, each
 * touched regulation's kind, number, symbol, issuer, issue date, title, chapters, articles and term
 * are recomputed by majority vote over the values all its citations state ({@link MajorityVote};
 * the kind only from full citations when there are any). Disagreements are recorded in {@code
 * conflicts}. A field no citation states keeps its value, or takes the article's merged value when
 * it has none (an issuer implied by the symbol suffix, for instance).
 *
 * <p><b>Change feed</b>: every regulation an article cites or relates is updated ({@code
 * updated_at}) when the article is stored or deleted, also when no field changes (its citations,
 * counts or relations did).
 */
@ApplicationScoped
public class RegistryService {
  private static final Logger LOG = Logger.getLogger(RegistryService.class);

  static final String UNKNOWN = "?";
  static final String CENTRAL = "TW";

  /** Prefix of the lock key of a regulation number; series keys never start with it. */
  private static final String NUMBER_LOCK_PREFIX = "#";

  /** The extractor scopes a local series at its province: "TU@Hà Nam". */
  private static final char LOCAL_SERIES_SEPARATOR = '@';

  /** Symbols of central Party bodies end with "/TW": "58-QĐ/TW", "21-KL/TW". */
  private static final Pattern CENTRAL_SYMBOL = Pattern.compile("/TW$");

  /** Quotes and spacing that do not change a title: "“Một số vấn đề …”." → "Một số vấn đề …". */
  private static final Pattern TITLE_TRIM =
      Pattern.compile("^[\\s\"“”‘’'«»]+|[\\s\"“”‘’'«».,;:]+$");

  /** The subject form of a title, lower case: "về công tác kiểm tra" → "công tác kiểm tra". */
  private static final Pattern SUBJECT_PREFIX = Pattern.compile("^về ");

  private final EntityManager em;
  private final OrganizationService organizations;
  private final ChangeService changes;

  public RegistryService(
      EntityManager em, OrganizationService organizations, ChangeService changes) {
    this.em = em;
    this.organizations = organizations;
    this.changes = changes;
  }

  /**
   * Resolves the article's regulations to registry rows (creating those the registry does not know
   * yet), stores its citations and relations, and recomputes the touched regulations' fields. Joins
   * the caller's transaction: the ingest pipeline calls it once per new document.
   *
   * @param documentId the stored document the spans index
   * @param article what the article cites
   * @return the regulation id of every {@link CitedRegulation#key()}
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Map<String, Long> register(long documentId, ArticleCitations article) {
    return register(documentId, article, null);
  }

  /**
   * {@link #register(long, ArticleCitations)} for a document being re-extracted: a regulation it
   * creates takes the id of one {@link #forgetDocument(long, RecycledIds)} deleted with the same
   * identity (or, with a year on one side only, the same series), and a citation the id of the
   * document's former citation with the same span and text.
   *
   * @param recycled what forgetting the document deleted; {@code null} for none
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Map<String, Long> register(
      long documentId, ArticleCitations article, RecycledIds recycled) {
    List<Planned> plans = plan(article);
    if (plans.isEmpty()) {
      return Map.of();
    }
    plans.stream().flatMap(RegistryService::lockKeys).distinct().sorted().forEach(this::lock);
    Map<String, Long> ids = new LinkedHashMap<>();
    Map<Long, StatedFields> fallback = new HashMap<>();
    for (Planned p : plans) {
      long id =
          resolve(p, article.province(), true, recycled)
              .orElseThrow(() -> new IllegalStateException("not created: " + p.identity()));
      ids.put(p.cited().key(), id);
      fallback.putIfAbsent(id, p.fields());
    }
    storeCitations(documentId, article.mentions(), ids, recycled);
    storeRelations(documentId, article.relations(), ids);
    recompute(fallback);
    return ids;
  }

  /**
   * Resolves the article's regulations to regulations the registry already knows, writing nothing
   * (for {@code POST /citations/extract}). Regulations the registry does not know are absent from
   * the result.
   *
   * @return the regulation id of every {@link CitedRegulation#key()} the registry knows
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, Long> resolveKnown(ArticleCitations article) {
    Map<String, Long> ids = new LinkedHashMap<>();
    for (Planned p : plan(article)) {
      resolve(p, article.province(), false, null).ifPresent(id -> ids.put(p.cited().key(), id));
    }
    return ids;
  }

  // ------------------------------------------------------------------------------- identity

  /**
   * A regulation's identity: {@code head|scope|year}.
   *
   * @param head the symbol key, or {@code KIND:number} without a symbol
   * @param scope "TW", an issuer's name key, or "?"
   * @param year the issue year, or "?"
   * @param symbolKey the symbol key, or {@code null}
   */
  record Identity(String head, String scope, String year, String symbolKey) {
    String seriesKey() {
      return head + "|" + scope;
    }

    String identityKey() {
      return seriesKey() + "|" + year;
    }

    boolean yearKnown() {
      return !UNKNOWN.equals(year);
    }

    /**
     * Whether the scope says whose series it is: not "?", and not a local series at an unknown
     * province ("tu@?", as the extractor scopes "11-CT/TU" in an article without a province).
     */
    boolean scopeKnown() {
      return !UNKNOWN.equals(scope) && !scope.endsWith(LOCAL_SERIES_SEPARATOR + UNKNOWN);
    }

    static Identity of(CitedRegulation r) {
      StatedFields f = fieldsOf(r);
      String symbolKey = SymbolKeys.key(f.symbol());
      String head;
      if (symbolKey != null) {
        head = symbolKey;
      } else if (f.number() != null && !f.number().isBlank()) {
        head = kindOf(f).name() + ":" + f.number().strip();
      } else {
        head = "KEY:" + r.key();
      }
      String scope;
      if (r.scope() != null && !r.scope().isBlank()) {
        scope = scopeKey(r.scope());
      } else if (symbolKey != null && CENTRAL_SYMBOL.matcher(symbolKey).find()) {
        scope = CENTRAL;
      } else if (f.issuer() != null && !f.issuer().isBlank()) {
        scope = scopeKey(f.issuer());
      } else {
        scope = UNKNOWN;
      }
      String year = f.issuedOn() == null ? UNKNOWN : String.valueOf(f.issuedOn().getYear());
      return new Identity(head, scope, year, symbolKey);
    }
  }

  /** "TW" for the central scope however written, else the name key of the issuer. */
  static String scopeKey(String scope) {
    String s = scope.strip();
    return s.equalsIgnoreCase(CENTRAL) || SymbolKeys.key(s).equals(CENTRAL)
        ? CENTRAL
        : TextKeys.nameKey(s);
  }

  /** The scope part of a stored series key ({@code head|scope}). */
  static String scopeOf(String seriesKey) {
    return seriesKey.substring(seriesKey.lastIndexOf('|') + 1);
  }

  /** The year part of a stored identity key ({@code head|scope|year}). */
  static String yearOf(String identityKey) {
    return identityKey.substring(identityKey.lastIndexOf('|') + 1);
  }

  private record Planned(CitedRegulation cited, Identity identity) {
    StatedFields fields() {
      return fieldsOf(cited);
    }
  }

  private static List<Planned> plan(ArticleCitations article) {
    Map<String, Planned> byKey = new LinkedHashMap<>();
    for (CitedRegulation r : article.regulations()) {
      if (r.key() != null) {
        byKey.putIfAbsent(r.key(), new Planned(r, Identity.of(r)));
      }
    }
    return List.copyOf(byKey.values());
  }

  private static StatedFields fieldsOf(CitedRegulation r) {
    return r.fields() == null ? StatedFields.NONE : r.fields();
  }

  private static RegulationKind kindOf(StatedFields f) {
    return f.kind() == null ? RegulationKind.OTHER : f.kind();
  }

  // ------------------------------------------------------------------------------- resolution

  /**
   * The advisory lock keys a regulation is resolved under: its series, and its number ({@code
   * "#58"}) when stated, since resolution by number and symbol adoption read and write rows of
   * other series with that number.
   */
  private static Stream<String> lockKeys(Planned p) {
    String number = p.fields().number();
    return number == null || number.isBlank()
        ? Stream.of(p.identity().seriesKey())
        : Stream.of(p.identity().seriesKey(), NUMBER_LOCK_PREFIX + number.strip());
  }

  private void lock(String key) {
    em.createNativeQuery(
            "select count(*) from (select pg_advisory_xact_lock(hashtext(:key))) locked")
        .setParameter("key", key)
        .getSingleResult();
  }

  private Optional<Long> resolve(Planned p, String province, boolean create, RecycledIds recycled) {
    Identity id = p.identity();
    StatedFields f = p.fields();
    // A symbol the article inferred from kind + issuer was not read: prefer what the corpus knows.
    if (!p.cited().resolvedInArticle() || f.symbolInferred()) {
      Optional<Long> known = byKindAndNumber(f, id, province);
      if (known.isPresent()) {
        return known;
      }
    }
    Optional<Long> inSeries = findInSeries(id, create);
    if (inSeries.isPresent() || !create) {
      if (inSeries.isEmpty() && id.symbolKey() != null && !id.scopeKnown()) {
        return bestWithSymbol(id);
      }
      return inSeries;
    }
    if (id.symbolKey() != null) {
      Optional<Long> adopted = adoptSymbolless(id, f);
      if (adopted.isPresent()) {
        return adopted;
      }
    }
    return Optional.of(insert(id, f, recycled));
  }

  /**
   * The regulation of this series: the exact identity; else for a dated identity the series'
   * "?"-year row (adopted: its key takes the year when {@code adopt}); else for an undated identity
   * the series' most cited row.
   */
  private Optional<Long> findInSeries(Identity id, boolean adopt) {
    Optional<Long> exact =
        firstId("select id from regulation where identity_key = :k", id.identityKey());
    if (exact.isPresent()) {
      return exact;
    }
    String undated = id.seriesKey() + "|" + UNKNOWN;
    if (id.yearKnown()) {
      if (!adopt) {
        return firstId("select id from regulation where identity_key = :k", undated);
      }
      List<?> adopted =
          em.createNativeQuery(
                  """
                  update regulation set identity_key = :dated, updated_at = now()
                  where identity_key = :undated
                  returning id
                  """)
              .setParameter("dated", id.identityKey())
              .setParameter("undated", undated)
              .getResultList();
      return adopted.isEmpty()
          ? Optional.empty()
          : Optional.of(((Number) adopted.get(0)).longValue());
    }
    return firstId(
        """
        select r.id from regulation r
        where r.series_key = :k
        order by (select count(*) from citation c where c.regulation_id = r.id) desc,
                 r.issued_on desc nulls last, r.id
        limit 1
        """,
        id.seriesKey());
  }

  /** For a lookup with unknown scope: the most cited regulation with this symbol (and year). */
  private Optional<Long> bestWithSymbol(Identity id) {
    return candidates("r.symbol_key = :symbol", Map.of("symbol", id.symbolKey())).stream()
        .filter(c -> !id.yearKnown() || yearMatches(c, id.year()))
        .sorted(Candidate.MOST_CITED)
        .map(Candidate::id)
        .findFirst();
  }

  /**
   * A short mention the article could not resolve, resolved from the registry: same kind (Quy
   * định/Quyết định interchangeably) and number; same scope and year when the article states them;
   * a regulation of another province's local body is never taken when the article's province is
   * known; central and own-province regulations first, then the most recent issue year, then the
   * most cited.
   */
  private Optional<Long> byKindAndNumber(StatedFields f, Identity id, String province) {
    if (f.number() == null || f.number().isBlank()) {
      return Optional.empty();
    }
    Set<RegulationKind> kinds =
        f.kind() == null ? Set.of(RegulationKind.values()) : f.kind().family();
    String provinceKey = province == null || province.isBlank() ? null : TextKeys.nameKey(province);
    Predicate<Candidate> ownOrCentral =
        c ->
            CENTRAL.equals(c.scope())
                || (provinceKey != null && c.scope().contains(provinceKey))
                || !isLocal(c.scope());
    return candidates(
            "r.number = :number and r.kind in (:kinds)",
            Map.of("number", f.number().strip(), "kinds", kinds.stream().map(Enum::name).toList()))
        .stream()
        .filter(c -> !id.scopeKnown() || c.scope().equals(id.scope()))
        .filter(c -> !id.yearKnown() || yearMatches(c, id.year()))
        .filter(c -> provinceKey == null || ownOrCentral.test(c))
        .sorted(
            Comparator.comparing((Candidate c) -> !ownOrCentral.test(c))
                .thenComparing(Candidate::knownYear, Comparator.reverseOrder())
                .thenComparing(Candidate.MOST_CITED))
        .map(Candidate::id)
        .findFirst();
  }

  /**
   * Whether a scope is a local body's: a series at a province ("tu@hà nam", "qđ-ubnd@nghệ an", as
   * the extractor scopes local symbols) or a local committee's name ("ban thường vụ tỉnh ủy hà
   * nam").
   */
  private static boolean isLocal(String scope) {
    if (CENTRAL.equals(scope) || UNKNOWN.equals(scope)) {
      return false;
    }
    if (scope.indexOf(LOCAL_SERIES_SEPARATOR) >= 0) {
      return true;
    }
    OrganizationKind kind = OrganizationKind.infer(scope);
    return kind == OrganizationKind.PARTY_LOCAL || kind == OrganizationKind.STATE_LOCAL;
  }

  private static boolean yearMatches(Candidate c, String year) {
    return c.year().equals(year) || c.year().equals(UNKNOWN);
  }

  /**
   * A symbol-less regulation (created from short mentions only) of the same kind family and number
   * whose scope and year are unknown or equal: when exactly one exists it takes the symbol.
   */
  private Optional<Long> adoptSymbolless(Identity id, StatedFields f) {
    if (f.number() == null || f.number().isBlank()) {
      return Optional.empty();
    }
    List<Candidate> twins =
        candidates(
                "r.symbol_key is null and r.number = :number and r.kind in (:kinds)",
                Map.of(
                    "number",
                    f.number().strip(),
                    "kinds",
                    kindOf(f).family().stream().map(Enum::name).toList()))
            .stream()
            .filter(c -> c.scope().equals(UNKNOWN) || c.scope().equals(id.scope()))
            .filter(c -> c.year().equals(UNKNOWN) || c.year().equals(id.year()))
            .filter(c -> id.yearKnown() || c.year().equals(UNKNOWN))
            .toList();
    if (twins.size() != 1) {
      return Optional.empty();
    }
    List<?> adopted =
        em.createNativeQuery(
                """
                update regulation
                set identity_key = :identity, series_key = :series, symbol = :symbol,
                    symbol_key = :symbolKey, symbol_loose = :symbolLoose,
                    symbol_inferred = :inferred, updated_at = now()
                where id = :id and symbol_key is null
                returning id
                """)
            .setParameter("identity", id.identityKey())
            .setParameter("series", id.seriesKey())
            .setParameter("symbol", f.symbol().strip())
            .setParameter("symbolKey", id.symbolKey())
            .setParameter("symbolLoose", SymbolKeys.loose(id.symbolKey()))
            .setParameter("inferred", f.symbolInferred())
            .setParameter("id", twins.getFirst().id())
            .getResultList();
    return adopted.isEmpty()
        ? Optional.empty()
        : Optional.of(((Number) adopted.get(0)).longValue());
  }

  private long insert(Identity id, StatedFields f, RecycledIds recycled) {
    RegulationKind kind = kindOf(f);
    String symbol = id.symbolKey() == null ? null : f.symbol().strip();
    String title = cleanTitle(f.title());
    RecycledIds.Entry reused = recycled == null ? null : recycle(recycled, id).orElse(null);
    NativeQuery<?> q =
        native_(
            """
            insert into regulation (%sidentity_key, series_key, kind, number, symbol, symbol_key,
                                    symbol_loose, symbol_inferred, issued_on, title, chapters,
                                    articles, term, search_key)
            %svalues (%s:identity, :series, :kind, :number, :symbol, :symbolKey, :symbolLoose,
                    :inferred, :issuedOn, :title, :chapters, :articles, :term, :searchKey)
            on conflict (identity_key) do nothing
            returning id
            """
                .formatted(
                    reused == null ? "" : "id, created_at, ",
                    reused == null ? "" : "overriding system value ",
                    reused == null ? "" : ":id, :createdAt, "));
    if (reused != null) {
      q.setParameter("id", reused.id());
      q.setParameter("createdAt", reused.createdAt(), Instant.class);
    }
    q.setParameter("identity", id.identityKey());
    q.setParameter("series", id.seriesKey());
    q.setParameter("kind", kind.name());
    q.setParameter("number", blankToNull(f.number()), String.class);
    q.setParameter("symbol", symbol, String.class);
    q.setParameter("symbolKey", id.symbolKey(), String.class);
    q.setParameter("symbolLoose", SymbolKeys.loose(id.symbolKey()), String.class);
    q.setParameter("inferred", symbol != null && f.symbolInferred());
    q.setParameter("issuedOn", f.issuedOn(), LocalDate.class);
    q.setParameter("title", title, String.class);
    q.setParameter("chapters", positive(f.chapters()), Integer.class);
    q.setParameter("articles", positive(f.articles()), Integer.class);
    q.setParameter("term", blankToNull(f.term()), String.class);
    q.setParameter("searchKey", searchKey(kind, f.number(), symbol, title));
    List<?> inserted = q.getResultList();
    if (!inserted.isEmpty()) {
      if (reused != null) {
        changes.recordRecreated(NodeType.Regulation, reused.id());
      }
      return ((Number) inserted.get(0)).longValue();
    }
    if (reused != null) {
      recycled.offer(NodeType.Regulation, id.identityKey(), reused.id(), reused.createdAt());
    }
    return firstId("select id from regulation where identity_key = :k", id.identityKey())
        .orElseThrow(() -> new IllegalStateException("regulation vanished: " + id));
  }

  /**
   * The deleted regulation a new one of this identity takes the id of: the same identity, else one
   * of the same series when either year is unknown (as a dated mention adopts the series' undated
   * regulation).
   */
  private static Optional<RecycledIds.Entry> recycle(RecycledIds recycled, Identity id) {
    return recycled
        .take(NodeType.Regulation, id.identityKey())
        .or(
            () ->
                recycled.takeFirst(
                    NodeType.Regulation,
                    k ->
                        k.startsWith(id.seriesKey() + "|")
                            && (!id.yearKnown() || UNKNOWN.equals(yearOf(k)))));
  }

  /**
   * A registry row considered for resolution.
   *
   * @param scope the scope part of its series key
   * @param year the year part of its identity key
   */
  private record Candidate(long id, String scope, String year, long citations) {
    static final Comparator<Candidate> MOST_CITED =
        Comparator.comparingLong((Candidate c) -> -c.citations()).thenComparingLong(Candidate::id);

    /** The year as a number, 0 when unknown (so unknown years sort after known ones). */
    int knownYear() {
      return UNKNOWN.equals(year) ? 0 : Integer.parseInt(year);
    }
  }

  private List<Candidate> candidates(String where, Map<String, Object> params) {
    var query =
        em.createNativeQuery(
            "select r.id, r.series_key, r.identity_key,"
                + " (select count(*) from citation c where c.regulation_id = r.id)"
                + " from regulation r where "
                + where);
    params.forEach(query::setParameter);
    List<Candidate> out = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] cols = (Object[]) row;
      out.add(
          new Candidate(
              ((Number) cols[0]).longValue(),
              scopeOf((String) cols[1]),
              yearOf((String) cols[2]),
              ((Number) cols[3]).longValue()));
    }
    return out;
  }

  private Optional<Long> firstId(String sql, String key) {
    List<?> rows = em.createNativeQuery(sql).setParameter("k", key).getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
  }

  private NativeQuery<?> native_(String sql) {
    return em.createNativeQuery(sql).unwrap(NativeQuery.class);
  }

  // ------------------------------------------------------------------------------- storage

  private void storeCitations(
      long documentId, List<Mention> mentions, Map<String, Long> ids, RecycledIds recycled) {
    for (Mention m : mentions) {
      Long regulationId = ids.get(m.regulationKey());
      if (regulationId == null || m.end() <= m.start() || m.start() < 0 || m.text() == null) {
        LOG.warnf(
            "Document %d: citation %s at %d..%d skipped (no regulation %s or empty span)",
            documentId, m.text(), m.start(), m.end(), m.regulationKey());
        continue;
      }
      StatedFields s = m.stated() == null ? StatedFields.NONE : m.stated();
      String key = citationKey(m.start(), m.end(), m.text());
      RecycledIds.Entry reused =
          recycled == null ? null : recycled.take(NodeType.Citation, key).orElse(null);
      NativeQuery<?> q =
          native_(
              """
              insert into citation (%sdocument_id, regulation_id, text, span_start, span_end, form,
                                    stated_kind, stated_number, stated_symbol, stated_issuer,
                                    stated_issued_on, stated_title, stated_chapters,
                                    stated_articles, stated_term, stated_issuer_inferred,
                                    stated_symbol_as_written)
              %svalues (%s:document, :regulation, :text, :start, :end, :form, :kind, :number,
                      :symbol, :issuer, :issuedOn, :title, :chapters, :articles, :term,
                      :issuerInferred, :symbolAsWritten)
              on conflict (document_id, span_start) do nothing
              """
                  .formatted(
                      reused == null ? "" : "id, ",
                      reused == null ? "" : "overriding system value ",
                      reused == null ? "" : ":id, "));
      if (reused != null) {
        q.setParameter("id", reused.id());
      }
      q.setParameter("document", documentId);
      q.setParameter("regulation", regulationId);
      q.setParameter("text", m.text());
      q.setParameter("start", m.start());
      q.setParameter("end", m.end());
      q.setParameter("form", (m.form() == null ? CitationForm.SHORT : m.form()).name());
      q.setParameter("kind", s.kind() == null ? null : s.kind().name(), String.class);
      q.setParameter("number", blankToNull(s.number()), String.class);
      // An inferred symbol was not stated by the mention.
      q.setParameter("symbol", s.symbolInferred() ? null : blankToNull(s.symbol()), String.class);
      q.setParameter("issuer", blankToNull(s.issuer()), String.class);
      q.setParameter("issuedOn", s.issuedOn(), LocalDate.class);
      q.setParameter("title", cleanTitle(s.title()), String.class);
      q.setParameter("chapters", positive(s.chapters()), Integer.class);
      q.setParameter("articles", positive(s.articles()), Integer.class);
      q.setParameter("term", blankToNull(s.term()), String.class);
      q.setParameter("issuerInferred", s.issuer() != null && s.issuerInferred());
      q.setParameter("symbolAsWritten", blankToNull(s.symbolAsWritten()), String.class);
      if (q.executeUpdate() == 0 && reused != null) {
        recycled.offer(NodeType.Citation, key, reused.id(), null);
      }
    }
  }

  /** What identifies a citation of a document across re-extractions: its span and text. */
  private static String citationKey(int start, int end, String text) {
    return start + "|" + end + "|" + text;
  }

  private void storeRelations(
      long documentId, List<StatedRelation> relations, Map<String, Long> ids) {
    for (StatedRelation r : relations) {
      Long source = ids.get(r.sourceKey());
      Long target = ids.get(r.targetKey());
      if (source == null || target == null || source.equals(target) || r.type() == null) {
        continue;
      }
      em.createNativeQuery(
              """
              insert into regulation_relation (type, source_id, target_id, document_id, span_start,
                                               span_end)
              values (:type, :source, :target, :document, :start, :end)
              on conflict (source_id, type, target_id, document_id) do nothing
              """)
          .setParameter("type", r.type().name())
          .setParameter("source", source)
          .setParameter("target", target)
          .setParameter("document", documentId)
          .setParameter("start", Math.max(0, r.start()))
          .setParameter("end", Math.max(Math.max(0, r.start()), r.end()))
          .executeUpdate();
    }
  }

  // ------------------------------------------------------------------------------- field votes

  /**
   * Recomputes the fields of the regulations {@code fallback} names, locking their rows in id order
   * first, and marks them all updated: the caller changed their citations or relations.
   *
   * @param fallback per regulation id, the article's merged fields (used for fields no citation
   *     states and the regulation does not have yet)
   */
  private void recompute(Map<Long, StatedFields> fallback) {
    List<Long> ids = new ArrayList<>(new TreeSet<>(fallback.keySet()));
    List<Regulation> rows =
        em.createQuery(
                "select r from Regulation r where r.id in :ids order by r.id", Regulation.class)
            .setParameter("ids", ids)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    Map<Long, List<Citation>> citations =
        em.createQuery(
                "select c from Citation c where c.regulationId in :ids order by c.id",
                Citation.class)
            .setParameter("ids", ids)
            .getResultStream()
            .collect(
                Collectors.groupingBy(
                    c -> c.regulationId, LinkedHashMap::new, Collectors.toList()));
    Map<Long, String> storedConflicts = new HashMap<>();
    for (Object row :
        em.createNativeQuery("select id, conflicts::text from regulation where id in (:ids)")
            .setParameter("ids", ids)
            .getResultList()) {
      Object[] cols = (Object[]) row;
      storedConflicts.put(((Number) cols[0]).longValue(), (String) cols[1]);
    }
    for (Regulation r : rows) {
      recompute(
          r,
          citations.getOrDefault(r.id, List.of()),
          fallback.get(r.id),
          storedConflicts.get(r.id));
    }
  }

  private void recompute(
      Regulation r, List<Citation> citations, StatedFields fallback, String storedConflicts) {
    List<FieldConflict> conflicts = new ArrayList<>();
    boolean anyFull =
        citations.stream().anyMatch(c -> c.form == CitationForm.FULL && c.statedKind != null);

    RegulationKind kind =
        choose(
            "kind",
            vote(
                citations.stream().filter(c -> !anyFull || c.form == CitationForm.FULL).toList(),
                c -> c.statedKind,
                Enum::name),
            r.kind,
            fallback.kind(),
            Enum::name,
            conflicts);
    String number =
        choose(
            "number",
            vote(citations, c -> blankToNull(c.statedNumber), String::strip),
            r.number,
            blankToNull(fallback.number()),
            Function.identity(),
            conflicts);
    String symbol = r.symbol;
    boolean symbolInferred = r.symbolInferred;
    if (r.symbolKey != null) {
      Outcome<String> symbols =
          vote(
              citations.stream()
                  .filter(c -> r.symbolKey.equals(SymbolKeys.key(c.statedSymbol)))
                  .toList(),
              c -> c.statedSymbol.strip(),
              SymbolKeys::key);
      if (symbols != null) {
        symbol = symbols.winner();
        symbolInferred = false;
      }
    }
    String issuerName =
        choose(
            "issuer",
            vote(citations, c -> blankToNull(c.statedIssuer), TextKeys::nameKey),
            null,
            blankToNull(fallback.issuer()),
            Function.identity(),
            conflicts);
    Long issuerId = r.issuerId;
    boolean issuerInferred = r.issuerInferred;
    if (issuerName != null && (issuerId == null || hasIssuerVotes(citations))) {
      issuerId = organizations.findOrCreate(issuerName).id();
      issuerInferred = issuerInferred(citations, issuerName, fallback);
    }
    LocalDate issuedOn =
        choose(
            "issuedOn",
            vote(citations, c -> c.statedIssuedOn, LocalDate::toString),
            r.issuedOn,
            fallback.issuedOn(),
            LocalDate::toString,
            conflicts);
    String title =
        choose(
            "title",
            vote(citations, c -> cleanTitle(c.statedTitle), RegistryService::titleKey),
            r.title,
            cleanTitle(fallback.title()),
            Function.identity(),
            conflicts);
    Integer chapters =
        choose(
            "chapters",
            vote(citations, c -> positive(c.statedChapters), String::valueOf),
            r.chapters,
            positive(fallback.chapters()),
            String::valueOf,
            conflicts);
    Integer articles =
        choose(
            "articles",
            vote(citations, c -> positive(c.statedArticles), String::valueOf),
            r.articles,
            positive(fallback.articles()),
            String::valueOf,
            conflicts);
    String term =
        choose(
            "term",
            vote(citations, c -> blankToNull(c.statedTerm), TextKeys::nameKey),
            r.term,
            blankToNull(fallback.term()),
            Function.identity(),
            conflicts);
    if (kind == null) {
      kind = RegulationKind.OTHER;
    }
    String searchKey = searchKey(kind, number, symbol, title);

    boolean changed =
        kind != r.kind
            || !Objects.equals(number, r.number)
            || !Objects.equals(symbol, r.symbol)
            || symbolInferred != r.symbolInferred
            || !Objects.equals(issuerId, r.issuerId)
            || issuerInferred != r.issuerInferred
            || !Objects.equals(issuedOn, r.issuedOn)
            || !Objects.equals(title, r.title)
            || !Objects.equals(chapters, r.chapters)
            || !Objects.equals(articles, r.articles)
            || !Objects.equals(term, r.term)
            || !Objects.equals(searchKey, r.searchKey);
    var conflictTree = ConflictsJson.toTree(conflicts);
    boolean conflictsChanged = !conflictTree.equals(ConflictsJson.parse(storedConflicts));
    if (changed) {
      r.kind = kind;
      r.number = number;
      r.symbol = symbol;
      r.symbolInferred = symbolInferred;
      r.issuerId = issuerId;
      r.issuerInferred = issuerInferred;
      r.issuedOn = issuedOn;
      r.title = title;
      r.chapters = chapters;
      r.articles = articles;
      r.term = term;
      r.searchKey = searchKey;
    }
    // Updated also when no field changed: its citations or relations did.
    r.updatedAt = Instant.now();
    if (conflictsChanged) {
      em.createNativeQuery("update regulation set conflicts = cast(:c as jsonb) where id = :id")
          .setParameter("c", ConflictsJson.write(conflictTree))
          .setParameter("id", r.id)
          .executeUpdate();
    }
  }

  /**
   * Whether the chosen issuer was inferred: no citation stating it wrote it in full (each completed
   * it with the article's place), or, stated by none, the article inferred it from the symbol.
   */
  private static boolean issuerInferred(
      List<Citation> citations, String issuer, StatedFields fallback) {
    String key = TextKeys.nameKey(issuer);
    List<Citation> stating =
        citations.stream()
            .filter(c -> blankToNull(c.statedIssuer) != null)
            .filter(c -> TextKeys.nameKey(c.statedIssuer).equals(key))
            .toList();
    if (stating.isEmpty()) {
      return fallback.issuerInferred();
    }
    return stating.stream().allMatch(c -> c.statedIssuerInferred);
  }

  private static boolean hasIssuerVotes(List<Citation> citations) {
    return citations.stream().anyMatch(c -> blankToNull(c.statedIssuer) != null);
  }

  private static <T> Outcome<T> vote(
      List<Citation> citations, Function<Citation, T> value, Function<T, String> key) {
    List<Ballot<T>> ballots = new ArrayList<>();
    for (Citation c : citations) {
      T v = value.apply(c);
      if (v != null) {
        ballots.add(new Ballot<>(c.id, c.documentId, key.apply(v), v));
      }
    }
    return MajorityVote.decide(ballots);
  }

  /**
   * The voted value (recording a conflict when documents disagree), else the current value, else
   * the article's value.
   */
  private static <T> T choose(
      String field,
      Outcome<T> outcome,
      T current,
      T fallback,
      Function<T, String> show,
      List<FieldConflict> conflicts) {
    if (outcome == null) {
      return current != null ? current : fallback;
    }
    if (outcome.disputed()) {
      conflicts.add(
          new FieldConflict(
              field,
              outcome.tallies().stream()
                  .map(t -> new FieldConflict.Value(show.apply(t.value()), t.documents()))
                  .toList(),
              show.apply(outcome.winner())));
    }
    return outcome.winner();
  }

  // ------------------------------------------------------------------------------- values

  /** Diacritic-free text the {@code q} filter searches: "quy dinh 58 58-qd/tw mot so van de …". */
  static String searchKey(RegulationKind kind, String number, String symbol, String title) {
    StringBuilder sb = new StringBuilder(kind == null ? "" : kind.label());
    for (String part : new String[] {number, symbol, title}) {
      if (part != null) {
        sb.append(' ').append(part);
      }
    }
    return TextKeys.fold(sb.toString());
  }

  /**
   * The comparison key of a title: its name key without a leading "về", so the subject form "về
   * công tác kiểm tra" and the title "Công tác kiểm tra" are one value.
   */
  static String titleKey(String title) {
    return SUBJECT_PREFIX.matcher(TextKeys.nameKey(title)).replaceFirst("");
  }

  static String cleanTitle(String title) {
    if (title == null) {
      return null;
    }
    String t = TITLE_TRIM.matcher(title).replaceAll("");
    return t.isEmpty() ? null : t;
  }

  private static Integer positive(Integer n) {
    return n == null || n <= 0 ? null : n;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  // ------------------------------------------------------------------------------- deletion

  /**
   * Takes the locks {@link #register} takes, for the regulations a document cites or relates: the
   * advisory locks on their series and numbers in one sorted list, then the regulation rows in id
   * order ({@code FOR UPDATE}, so that no concurrent ingest adds a citation to a regulation {@link
   * #forgetDocument} may delete). A deletion calls it before the person and meeting locks, the
   * order ingestion takes them in. Joins the caller's transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void lockDocument(long documentId) {
    SortedSet<Long> ids = touchedBy(documentId);
    if (ids.isEmpty()) {
      return;
    }
    Set<String> locked = new TreeSet<>(lockKeys(ids, documentId, false));
    locked.forEach(this::lock);
    // A symbol-less regulation may have adopted a symbol (and so another series) in between.
    for (String key : lockKeys(ids, documentId, true)) {
      if (locked.add(key)) {
        lock(key);
      }
    }
  }

  /**
   * Forgets a document that is being deleted: deletes its citations and the relations it states;
   * deletes each regulation it cited or related that no citation is left for (with the relations
   * and meeting links touching it); recomputes the fields of the others by majority vote over the
   * citations left, so that the document's votes no longer count (a field no remaining citation
   * states keeps its value, as at ingestion). Takes the locks of {@link #lockDocument} (re-entrant)
   * and joins the caller's transaction.
   *
   * @return the regulations deleted and those recomputed
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Forgotten forgetDocument(long documentId) {
    return forgetDocument(documentId, null);
  }

  /**
   * {@link #forgetDocument(long)} for a document about to be re-extracted: also offers {@code
   * recycled} the regulations it deletes (by identity key) and the document's citations (by span
   * and text), for {@link #register(long, ArticleCitations, RecycledIds)} to create again under the
   * same ids.
   *
   * @param recycled receives what was deleted; {@code null} for a plain deletion
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Forgotten forgetDocument(long documentId, RecycledIds recycled) {
    SortedSet<Long> ids = touchedBy(documentId);
    if (ids.isEmpty()) {
      return Forgotten.NOTHING;
    }
    lockDocument(documentId);
    em.flush();
    Map<Long, Object[]> identities = new HashMap<>();
    if (recycled != null) {
      for (Object row :
          em.createNativeQuery(
                  "select id, span_start, span_end, text from citation"
                      + " where document_id = :d order by id")
              .setParameter("d", documentId)
              .getResultList()) {
        Object[] c = (Object[]) row;
        recycled.offer(
            NodeType.Citation,
            citationKey(((Number) c[1]).intValue(), ((Number) c[2]).intValue(), (String) c[3]),
            ((Number) c[0]).longValue(),
            null);
      }
      for (Object row :
          em.createNativeQuery(
                  "select id, identity_key, created_at from regulation where id in (:ids)")
              .setParameter("ids", ids)
              .getResultList()) {
        Object[] r = (Object[]) row;
        identities.put(((Number) r[0]).longValue(), r);
      }
    }
    em.createNativeQuery("delete from citation where document_id = :d")
        .setParameter("d", documentId)
        .executeUpdate();
    em.createNativeQuery("delete from regulation_relation where document_id = :d")
        .setParameter("d", documentId)
        .executeUpdate();
    Set<Long> cited =
        em.createQuery(
                "select distinct c.regulationId from Citation c where c.regulationId in :ids",
                Long.class)
            .setParameter("ids", ids)
            .getResultStream()
            .collect(Collectors.toSet());
    List<Long> deleted = ids.stream().filter(id -> !cited.contains(id)).toList();
    List<Long> kept = ids.stream().filter(cited::contains).toList();
    if (!deleted.isEmpty()) {
      // Relations that other documents state between them and kept regulations go with them: the
      // kept ends' relations change.
      List<Long> otherEnds = new ArrayList<>();
      for (Object id :
          em.createNativeQuery(
                  """
                  select source_id from regulation_relation where target_id in (:ids)
                  union select target_id from regulation_relation where source_id in (:ids)
                  """)
              .setParameter("ids", deleted)
              .getResultList()) {
        long end = ((Number) id).longValue();
        if (!deleted.contains(end)) {
          otherEnds.add(end);
        }
      }
      changes.recordUpdated(NodeType.Regulation, otherEnds);
      // Relations touching them and meeting links cascade.
      em.createNativeQuery("delete from regulation where id in (:ids)")
          .setParameter("ids", deleted)
          .executeUpdate();
      if (recycled != null) {
        for (long id : deleted) {
          Object[] r = identities.get(id);
          recycled.offer(NodeType.Regulation, (String) r[1], id, instant(r[2]));
        }
      }
    }
    if (!kept.isEmpty()) {
      Map<Long, StatedFields> fallback = new LinkedHashMap<>();
      kept.forEach(id -> fallback.put(id, StatedFields.NONE));
      // Citation and document counts changed even where no field did: recompute marks them all.
      recompute(fallback);
    }
    return new Forgotten(deleted, kept, List.of());
  }

  /** A timestamptz column as the driver returns it in a native query. */
  private static Instant instant(Object value) {
    return switch (value) {
      case null -> null;
      case Instant i -> i;
      case java.time.OffsetDateTime o -> o.toInstant();
      case java.sql.Timestamp t -> t.toInstant();
      default -> throw new IllegalStateException("not a timestamp: " + value.getClass());
    };
  }

  /** The regulations a document cites or states a relation of, ascending. */
  private SortedSet<Long> touchedBy(long documentId) {
    SortedSet<Long> ids = new TreeSet<>();
    for (Object id :
        em.createNativeQuery(
                """
                select regulation_id from citation where document_id = :d
                union select source_id from regulation_relation where document_id = :d
                union select target_id from regulation_relation where document_id = :d
                """)
            .setParameter("d", documentId)
            .getResultList()) {
      ids.add(((Number) id).longValue());
    }
    return ids;
  }

  /**
   * The advisory lock keys of these regulations as {@link #lockKeys(Planned)} makes them for an
   * article resolving to them: each one's series and number, and the numbers the document's
   * citations state. Read plainly, or while locking the rows in id order.
   */
  private Set<String> lockKeys(Collection<Long> ids, long documentId, boolean lockRows) {
    List<?> rows =
        em.createNativeQuery(
                "select series_key, number from regulation where id in (:ids) order by id"
                    + (lockRows ? " for update" : ""))
            .setParameter("ids", ids)
            .getResultList();
    Set<String> keys = new TreeSet<>();
    for (Object row : rows) {
      Object[] cols = (Object[]) row;
      keys.add((String) cols[0]);
      if (cols[1] != null && !((String) cols[1]).isBlank()) {
        keys.add(NUMBER_LOCK_PREFIX + ((String) cols[1]).strip());
      }
    }
    for (Object number :
        em.createNativeQuery(
                "select distinct stated_number from citation"
                    + " where document_id = :d and stated_number is not null")
            .setParameter("d", documentId)
            .getResultList()) {
      if (!((String) number).isBlank()) {
        keys.add(NUMBER_LOCK_PREFIX + ((String) number).strip());
      }
    }
    return keys;
  }
}
