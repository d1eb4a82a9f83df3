package io.regtrack.organization;

import io.regtrack.province.ProvinceService;
import io.regtrack.province.ProvinceView;
import io.regtrack.shared.error.InvalidInputException;
import io.regtrack.shared.paging.Keyset;
import io.regtrack.shared.paging.Keyset.Direction;
import io.regtrack.shared.paging.Page;
import io.regtrack.shared.paging.PageRequest;
import io.regtrack.shared.paging.Slice;
import io.regtrack.shared.text.TextKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organization registry. Organizations are identified by their name key (NFC, lower case,
 * new-style tone placement, single spaces), so "Tỉnh uỷ Hà Nam" and "Tỉnh ủy Hà Nam" are one row.
 * Creation is race-free: {@code INSERT … ON CONFLICT (name_key) DO NOTHING}, then a select.
 *
 * <p>Everything else about an organization is a function of what the corpus states, never of the
 * order it was stated in:
 *
 * <ul>
 *   <li><b>province</b>: the province whose name ends the organization's name ("Ban Tổ chức Tỉnh ủy
 *       Bắc Giang" → Bắc Giang); for a local body whose name names none, the province of the
 *       meetings it organized when they all agree ({@link #inferProvince}).
 *   <li><b>parent</b>: stated as "X, Y" ("Cục Bảo vệ chính trị nội bộ, Ban Tổ chức Trung ương"), or
 *       implied by an organ of a provincial committee ("Ban Tổ chức Tỉnh ủy Bắc Giang" → "Tỉnh ủy
 *       Bắc Giang"). Should sources state different parents, the alphabetically first (by name key)
 *       is kept.
 * </ul>
 */
@ApplicationScoped
public class OrganizationService {
  static final String LIST = "organizations";

  /** Runs of whitespace in a name as written: "Tỉnh ủy\u00A0 Hà Nam". */
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  /**
   * A body qualified by its parent: "Cục Bảo vệ chính trị nội bộ, Ban Tổ chức Trung ương". Over
   * name keys: the part before the comma starts like a sub-unit, the part after like a larger body
   * (not "Bộ Chính trị"/"Ban Bí thư", which co-issue rather than contain).
   */
  private static final Pattern SUB_BODY =
      Pattern.compile(
          "^(?:cục|vụ|viện|văn phòng|tiểu ban|phòng|sở|ban (?!bí thư|chấp hành))(?: |$)");

  private static final Pattern PARENT_BODY =
      Pattern.compile(
          "^(?:ban (?!bí thư|chấp hành)|bộ (?!chính trị)|tỉnh ủy|thành ủy|huyện ủy|đảng ủy"
              + "|ủy ban|tổng cục|học viện)(?: |$)");

  /** An organ of a provincial Party committee (over name keys): "ban tổ chức tỉnh ủy bắc giang". */
  private static final Pattern ORGAN_OF_COMMITTEE =
      Pattern.compile("^(?:ban [^,]+?|ủy ban kiểm tra|văn phòng) ((?:tỉnh ủy|thành ủy) .+)$");

  /** Names that end with a local unit word, without a proper name: relative to a context. */
  private static final Pattern RELATIVE =
      Pattern.compile(
          "(?:^| )(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|tỉnh ủy|thành ủy"
              + "|huyện ủy|quận ủy|thị ủy|đảng ủy khối)$");

  /** A central body: the meetings it holds in provinces do not make it provincial. */
  private static final Pattern CENTRAL = Pattern.compile("(?:^| )trung ương(?: |$)");

  /** At most this many words of {@code q} are used. */
  private static final int MAX_QUERY_WORDS = 10;

  private final EntityManager em;
  private final ProvinceService provinces;

  public OrganizationService(EntityManager em, ProvinceService provinces) {
    this.em = em;
    this.provinces = provinces;
  }

  /**
   * The organization with this canonical name, created (with its kind inferred from the name and
   * the province its name ends with) when none exists. A name stating its parent ("Cục Bảo vệ chính
   * trị nội bộ, Ban Tổ chức Trung ương") denotes the body before the comma, under the parent; an
   * organ of a provincial committee ("Ban Tổ chức Tỉnh ủy Bắc Giang") gets the committee as its
   * parent. Joins the caller's transaction.
   *
   * @param canonicalName the name as the extractor canonicalized it, not blank
   * @throws IllegalArgumentException when the name is blank
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public OrganizationView findOrCreate(String canonicalName) {
    String name = clean(canonicalName);
    int comma = name.indexOf(", ");
    if (comma > 0) {
      String parent = name.substring(comma + 2).strip();
      String body = name.substring(0, comma).strip();
      if (SUB_BODY.matcher(TextKeys.nameKey(body)).find()
          && PARENT_BODY.matcher(TextKeys.nameKey(parent)).find()) {
        return findOrCreate(body, parent);
      }
    }
    OrganizationView org = insertOrFind(name);
    String implied = impliedParent(name);
    if (implied != null) {
      setParent(org, insertOrFind(implied));
    }
    return org;
  }

  /**
   * The organization {@code name} under {@code parentName}, each created when missing. A relative
   * body ("Ban Tổ chức Tỉnh ủy" without a province) gets no parent link. A unit whose name does not
   * say its kind ("Cục Bảo vệ chính trị nội bộ") takes its parent's kind.
   *
   * @throws IllegalArgumentException when a name is blank
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public OrganizationView findOrCreate(String name, String parentName) {
    OrganizationView org = findOrCreate(name);
    String parent = clean(parentName);
    if (isRelative(name) || isRelative(parent)) {
      return org;
    }
    OrganizationView parentView = findOrCreate(parent);
    setParent(org, parentView);
    if (OrganizationKind.infer(org.name()) == OrganizationKind.OTHER) {
      // A unit the name does not classify ("Cục …") is of the kind of the body it is part of.
      em.createNativeQuery(
              """
              update organization o set kind = p.kind, updated_at = now()
              from organization p
              where o.id = :id and p.id = o.parent_id and o.kind <> p.kind
              """)
          .setParameter("id", org.id())
          .executeUpdate();
    }
    return org;
  }

  /**
   * Whether a body's name is relative to a context it does not state: it ends with a local unit
   * word and no proper name ("Ban Tổ chức Tỉnh ủy", "UBND tỉnh").
   */
  public static boolean isRelative(String name) {
    return RELATIVE.matcher(TextKeys.nameKey(name)).find();
  }

  /**
   * Locks these organizations' rows until the transaction ends, in id order (so two transactions
   * locking overlapping sets cannot deadlock).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void lockRows(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return;
    }
    em.createNativeQuery(
            "select id from organization where id in (:ids) order by id for no key update")
        .setParameter("ids", ids)
        .getResultList();
  }

  /**
   * Sets the province of a local body whose name names none from the meetings it organized: their
   * province when they all agree, else none. Central bodies and names ending with a province are
   * left alone. Joins the caller's transaction.
   *
   * @param organizationId the organizer
   * @param meetingProvinceIds the province of every meeting it organized ({@code null}s ignored)
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void inferProvince(long organizationId, Collection<Long> meetingProvinceIds) {
    Organization o = Organization.findById(organizationId);
    if (o == null
        || provinces.atEndOf(o.name).isPresent()
        || CENTRAL.matcher(o.nameKey).find()
        || (o.kind != OrganizationKind.PARTY_LOCAL && o.kind != OrganizationKind.STATE_LOCAL)) {
      return;
    }
    Set<Long> distinct = new HashSet<>();
    meetingProvinceIds.stream().filter(id -> id != null).forEach(distinct::add);
    Long province = distinct.size() == 1 ? distinct.iterator().next() : null;
    em.createNativeQuery(
            """
            update organization set province_id = :p, updated_at = now()
            where id = :id and province_id is distinct from :p
            """)
        .setParameter("p", province)
        .setParameter("id", organizationId)
        .executeUpdate();
  }

  private OrganizationView insertOrFind(String name) {
    String key = TextKeys.nameKey(name);
    OrganizationKind kind = OrganizationKind.infer(name);
    Long provinceId = provinces.atEndOf(name).map(ProvinceView::id).orElse(null);
    List<?> inserted =
        em.createNativeQuery(
                """
                insert into organization (name, name_key, name_fold, kind, province_id)
                values (:name, :key, :fold, :kind, :province)
                on conflict (name_key) do nothing
                returning id
                """)
            .setParameter("name", name)
            .setParameter("key", key)
            .setParameter("fold", TextKeys.fold(name))
            .setParameter("kind", kind.name())
            .setParameter("province", provinceId)
            .getResultList();
    if (!inserted.isEmpty()) {
      return new OrganizationView(((Number) inserted.get(0)).longValue(), name, kind);
    }
    return em.createQuery("select o from Organization o where o.nameKey = :key", Organization.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst()
        .map(OrganizationView::of)
        .orElseThrow(() -> new IllegalStateException("organization vanished: " + name));
  }

  /** Links {@code parent} unless a parent whose name key sorts first is linked already. */
  private void setParent(OrganizationView org, OrganizationView parent) {
    if (org.id() == parent.id()) {
      return;
    }
    em.createNativeQuery(
            """
            update organization o set parent_id = :parent, updated_at = now()
            where o.id = :id and o.parent_id is distinct from :parent
              and (o.parent_id is null
                   or (select p.name_key from organization p where p.id = o.parent_id)
                      > (select p.name_key from organization p where p.id = :parent))
            """)
        .setParameter("parent", parent.id())
        .setParameter("id", org.id())
        .executeUpdate();
  }

  /** "Ban Tổ chức Tỉnh ủy Bắc Giang" → "Tỉnh ủy Bắc Giang", when the committee names a province. */
  static String impliedParent(String name) {
    String key = TextKeys.nameKey(name);
    Matcher m = ORGAN_OF_COMMITTEE.matcher(key);
    if (!m.matches() || key.length() != name.length()) {
      return null;
    }
    String committee = name.substring(m.start(1));
    return committee.length() > "tỉnh ủy ".length() ? committee : null;
  }

  private static String clean(String canonicalName) {
    if (canonicalName == null || canonicalName.isBlank()) {
      throw new IllegalArgumentException("An organization needs a name");
    }
    return SPACES
        .matcher(Normalizer.normalize(canonicalName, Normalizer.Form.NFC))
        .replaceAll(" ")
        .strip();
  }

  /** The organization with this id, if any. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<OrganizationView> find(long id) {
    return Organization.<Organization>findByIdOptional(id).map(OrganizationView::of);
  }

  /** The organizations with these ids, by id; unknown ids are absent from the map. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, OrganizationView> findAll(Collection<Long> ids) {
    Map<Long, OrganizationView> byId = new HashMap<>();
    if (ids.isEmpty()) {
      return byId;
    }
    em.createQuery("select o from Organization o where o.id in :ids", Organization.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(o -> byId.put(o.id, OrganizationView.of(o)));
    return byId;
  }

  /**
   * Ids of the organizations whose name equals {@code name} ignoring case, diacritics, tone
   * placement and spacing ("ban to chuc trung uong" finds "Ban Tổ chức Trung ương").
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Long> idsByName(String name) {
    String fold = TextKeys.fold(name);
    if (fold.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select o.id from Organization o where o.nameFold = :fold", Long.class)
        .setParameter("fold", fold)
        .getResultList();
  }

  /** The organizations with these ids with province and parent, by id. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, OrganizationDetail> details(Collection<Long> ids) {
    Map<Long, OrganizationDetail> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    List<Organization> rows =
        em.createQuery("select o from Organization o where o.id in :ids", Organization.class)
            .setParameter("ids", ids)
            .getResultList();
    Set<Long> parents = new LinkedHashSet<>();
    rows.forEach(
        o -> {
          if (o.parentId != null) {
            parents.add(o.parentId);
          }
        });
    Map<Long, OrganizationView> parentViews = findAll(parents);
    Map<Long, ProvinceView> provinceViews =
        provinces.findAll(rows.stream().map(o -> o.provinceId).filter(p -> p != null).toList());
    for (Organization o : rows) {
      out.put(
          o.id,
          new OrganizationDetail(
              OrganizationView.of(o),
              o.provinceId == null ? null : provinceViews.get(o.provinceId),
              o.parentId == null ? null : parentViews.get(o.parentId)));
    }
    return out;
  }

  /**
   * Organizations matching {@code filter}, most recently registered first (by id), {@code limit}
   * per page.
   *
   * @param cursor {@code null} for the first page, else {@link Page#nextCursor()} of the previous
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<OrganizationDetail> list(OrganizationFilter filter, int limit, String cursor) {
    return ids(filter, PageRequest.first(limit, cursor)).load(this::details).toPage();
  }

  /**
   * The ids of a slice of the organizations matching {@code filter}, most recently registered
   * first.
   *
   * @throws InvalidInputException naming the cursor argument for a malformed cursor
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Slice<Long> ids(OrganizationFilter filter, PageRequest request) {
    Keyset keyset = Keyset.byId(LIST, "o.id", Direction.DESC);
    Map<String, Object> filterParams = new HashMap<>();
    String where = where(filter, filterParams);
    return keyset.page(request, keyset.jpql(em, "Organization o", where, filterParams));
  }

  /** How many organizations match {@code filter}. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long count(OrganizationFilter filter) {
    Map<String, Object> params = new HashMap<>();
    var query =
        em.createQuery(
            "select count(o) from Organization o where " + where(filter, params), Long.class);
    params.forEach(query::setParameter);
    return query.getSingleResult();
  }

  private String where(OrganizationFilter filter, Map<String, Object> params) {
    StringBuilder where = new StringBuilder("1 = 1");
    if (filter.kind() != null) {
      where.append(" and o.kind = :kind");
      params.put("kind", filter.kind());
    }
    if (filter.province() != null) {
      where.append(" and o.provinceId in :provinces");
      params.put("provinces", provinces.coveredBy(filter.province()));
    }
    if (filter.q() != null) {
      List<String> words =
          List.of(TextKeys.fold(filter.q()).split(" ")).stream()
              .filter(w -> !w.isEmpty())
              .limit(MAX_QUERY_WORDS)
              .toList();
      for (int i = 0; i < words.size(); i++) {
        where.append(" and o.nameFold like :q").append(i).append(" escape '\\'");
        params.put("q" + i, "%" + escapeLike(words.get(i)) + "%");
      }
    }
    return where.toString();
  }

  private static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
