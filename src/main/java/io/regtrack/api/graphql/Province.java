package io.regtrack.api.graphql;

import io.regtrack.province.ProvinceEra;
import io.regtrack.province.ProvinceKind;
import io.regtrack.province.ProvinceView;
import io.regtrack.shared.id.GlobalId;
import io.regtrack.shared.id.NodeType;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** A provincial-level unit of the gazetteer; {@code today} and {@code predecessors} resolved. */
@Description("A provincial-level unit, before or after the 1 July 2025 merger")
public record Province(
    @Id @NonNull @Description("The global id (Node.id): opaque, stable, the nodeId of the REST API")
        String id,
    @NonNull @Description("Database id (the REST id)") int databaseId,
    @NonNull @Description("ASCII slug (\"soc-trang\")") String code,
    @NonNull @Description("Canonical name (\"Sóc Trăng\")") String name,
    @NonNull @Description("Province or centrally-run city") ProvinceKind kind,
    @NonNull @Description("Which side of the 1 July 2025 merger it exists on") ProvinceEra era,
    @NonNull @Description("Other written forms (\"TP.HCM\")") List<@NonNull String> aliases,
    @Ignore ProvinceView view)
    implements Node {

  @Override
  @Id
  @NonNull
  public String getId() {
    return id;
  }

  static Province of(ProvinceView p) {
    return p == null
        ? null
        : new Province(
            GlobalId.of(NodeType.Province, p.id()),
            Math.toIntExact(p.id()),
            p.code(),
            p.name(),
            p.kind(),
            p.era(),
            p.aliases(),
            p);
  }
}
