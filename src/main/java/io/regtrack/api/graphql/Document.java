package io.regtrack.api.graphql;

import io.regtrack.document.DocumentView;
import io.regtrack.shared.id.GlobalId;
import io.regtrack.shared.id.NodeType;
import io.regtrack.shared.time.VietnamTime;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** An ingested article (field names are the REST JSON names). */
@Description("An ingested article: a news report of one or more Party meetings")
public record Document(
    @Id @NonNull @Description("The global id (Node.id): opaque, stable, the nodeId of the REST API")
        String id,
    @NonNull @Description("Database id (the REST id)") int databaseId,
    @NonNull @Description("Headline") String title,
    @Description("The outlet, when known") String source,
    @Description("Where it was published, when given") String url,
    @Description("Byline, when stated") String author,
    @Description("Publish time as stated, in Vietnam time (+07:00)") OffsetDateTime publishedAt,
    @Description("Publish date as stated") LocalDate publishedOn,
    @NonNull @Description("Clean text: NFC, boilerplate and photo captions removed") String body,
    @NonNull @Description("Photo captions, separated from the body") List<@NonNull String> captions,
    @NonNull @Description("SHA-256 of the normalized body: the document's identity")
        String contentHash,
    @NonNull @Description("Version of the extractor that produced its records")
        int extractorVersion)
    implements Node {

  @Override
  @Id
  @NonNull
  public String getId() {
    return id;
  }

  static Document of(DocumentView d) {
    return new Document(
        GlobalId.of(NodeType.Document, d.id()),
        Math.toIntExact(d.id()),
        d.title(),
        d.source(),
        d.url(),
        d.author(),
        VietnamTime.withOffset(d.publishedAt()),
        d.publishedOn(),
        d.body(),
        d.captions(),
        d.contentHash(),
        d.extractorVersion());
  }

  long key() {
    return databaseId;
  }
}
