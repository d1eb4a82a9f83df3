package io.regtrack.organization;

import io.regtrack.shared.text.TextKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The organization registry. Organizations are identified by their name key (NFC, lower case,
 * new-style tone placement, single spaces), so "Tỉnh uỷ Hà Nam" and "Tỉnh ủy Hà Nam" are one row.
 * Creation is race-free: {@code INSERT … ON CONFLICT (name_key) DO NOTHING}, then a select.
 */
@ApplicationScoped
public class OrganizationService {
  /** Runs of whitespace in a name as written: "Tỉnh ủy\u00A0 Hà Nam". */
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  private final EntityManager em;

  public OrganizationService(EntityManager em) {
    this.em = em;
  }

  /**
   * The organization with this canonical name, created (with its kind inferred from the name) when
   * none exists. Joins the caller's transaction.
   *
   * @param canonicalName the name as the extractor canonicalized it, not blank
   * @throws IllegalArgumentException when the name is blank
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public OrganizationView findOrCreate(String canonicalName) {
    if (canonicalName == null || canonicalName.isBlank()) {
      throw new IllegalArgumentException("An organization needs a name");
    }
    String name =
        SPACES
            .matcher(Normalizer.normalize(canonicalName, Normalizer.Form.NFC))
            .replaceAll(" ")
            .strip();
    String key = TextKeys.nameKey(name);
    OrganizationKind kind = OrganizationKind.infer(name);
    List<?> inserted =
        em.createNativeQuery(
                """
                insert into organization (name, name_key, name_fold, kind)
                values (:name, :key, :fold, :kind)
                on conflict (name_key) do nothing
                returning id
                """)
            .setParameter("name", name)
            .setParameter("key", key)
            .setParameter("fold", TextKeys.fold(name))
            .setParameter("kind", kind.name())
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
}
