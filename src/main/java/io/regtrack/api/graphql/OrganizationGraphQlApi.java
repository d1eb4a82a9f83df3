package io.regtrack.api.graphql;

import io.regtrack.organization.OrganizationDetail;
import io.regtrack.organization.OrganizationFilter;
import io.regtrack.organization.OrganizationService;
import io.regtrack.province.ProvinceService;
import io.regtrack.province.ProvinceView;
import io.regtrack.shared.error.InvalidInputException;
import io.regtrack.shared.paging.Slice;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Organizations and provinces. */
@GraphQLApi
@TranslatesErrors
public class OrganizationGraphQlApi {
  private final OrganizationService organizations;
  private final ProvinceService provinces;

  public OrganizationGraphQlApi(OrganizationService organizations, ProvinceService provinces) {
    this.organizations = organizations;
    this.provinces = provinces;
  }

  @Query("organizations")
  @Description("Issuing and organizing bodies, most recently registered first")
  public @NonNull OrganizationConnection organizations(
      @Description("Conditions the results must all meet; none: every result")
          OrganizationFilterInput filter,
      @Description(Paging.FIRST) Integer first,
      @Description(Paging.AFTER) String after,
      @Description(Paging.LAST) Integer last,
      @Description(Paging.BEFORE) String before) {
    OrganizationFilter f = filter(filter);
    Slice<Long> ids = organizations.ids(f, Paging.request(first, after, last, before));
    return OrganizationConnection.of(
        ids.load(
            keys ->
                Maps.mapValues(
                    organizations.details(keys), d -> Organization.of(d.organization()))),
        () -> organizations.count(f));
  }

  private OrganizationFilter filter(OrganizationFilterInput in) {
    if (in == null) {
      return OrganizationFilter.ANY;
    }
    ProvinceView province = null;
    if (Ids.blankToNull(in.province()) != null) {
      province =
          provinces
              .byName(in.province())
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "province",
                          "province must be a province name, alias or code, got '"
                              + in.province()
                              + "'"));
    }
    return new OrganizationFilter(Ids.blankToNull(in.q()), in.kind(), province);
  }

  @Name("totalCount")
  @Description("How many organizations match, over all pages (computed only when asked for)")
  public int totalCount(@Source OrganizationConnection connection) {
    return Math.toIntExact(connection.count().getAsLong());
  }

  @Name("province")
  @Description("The province it belongs to, when local")
  public List<Province> province(@Source List<Organization> parents) {
    Map<Long, OrganizationDetail> details = details(parents);
    return parents.stream()
        .map(o -> details.get(o.key()))
        .map(d -> d == null ? null : Province.of(d.province()))
        .toList();
  }

  @Name("parent")
  @Description("The body it belongs to (\"Ban Tổ chức Tỉnh ủy Hà Nam\" → \"Tỉnh ủy Hà Nam\")")
  public List<Organization> parent(@Source List<Organization> parents) {
    Map<Long, OrganizationDetail> details = details(parents);
    return parents.stream()
        .map(o -> details.get(o.key()))
        .map(d -> d == null || d.parent() == null ? null : Organization.of(d.parent()))
        .toList();
  }

  private Map<Long, OrganizationDetail> details(List<Organization> parents) {
    return organizations.details(parents.stream().map(Organization::key).distinct().toList());
  }

  @Query("provinces")
  @Description(
      "The gazetteer: the 63 units before and the 34 after the 1 July 2025 merger; era filters")
  public @NonNull List<@NonNull Province> provinces(
      @Description("Only units existing in this era (BOTH: unchanged units)")
          io.regtrack.province.ProvinceEra era) {
    return provinces.inEra(era).stream().map(Province::of).toList();
  }

  @Name("today")
  @Description("The unit it belongs to after 1 July 2025 (itself when it continues)")
  public @NonNull Province today(@Source Province province) {
    return Province.of(provinces.today(province.view()));
  }

  @Name("predecessors")
  @Description("For a unit existing today, the pre-2025 units that became part of it")
  public @NonNull List<@NonNull Province> predecessors(@Source Province province) {
    return provinces.predecessors(province.view()).stream().map(Province::of).toList();
  }
}
