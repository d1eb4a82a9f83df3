package io.regtrack.api.graphql;

import io.quarkus.security.identity.SecurityIdentity;
import io.regtrack.document.DocumentFilter;
import io.regtrack.document.DocumentService;
import io.regtrack.ingest.ArticleSubmission;
import io.regtrack.ingest.DocumentDeletionService;
import io.regtrack.ingest.IngestOutcome;
import io.regtrack.ingest.IngestService;
import io.regtrack.meeting.MeetingQueries;
import io.regtrack.person.PersonQueries;
import io.regtrack.regulation.RegulationQueries;
import io.regtrack.search.SearchService;
import io.regtrack.shared.id.NodeType;
import io.regtrack.shared.paging.Keyset.Direction;
import io.regtrack.shared.paging.Slice;
import io.regtrack.shared.security.Roles;
import io.regtrack.shared.time.VietnamTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Documents: queries, batched child fields and the editor mutations. */
@GraphQLApi
@TranslatesErrors
public class DocumentGraphQlApi {
  private final DocumentService documents;
  private final RegulationQueries regulations;
  private final MeetingQueries meetings;
  private final PersonQueries persons;
  private final IngestService ingest;
  private final SecurityIdentity identity;
  private final DocumentDeletionService deletion;
  private final SearchService search;

  public DocumentGraphQlApi(
      DocumentService documents,
      RegulationQueries regulations,
      MeetingQueries meetings,
      PersonQueries persons,
      IngestService ingest,
      SecurityIdentity identity,
      DocumentDeletionService deletion,
      SearchService search) {
    this.documents = documents;
    this.regulations = regulations;
    this.meetings = meetings;
    this.persons = persons;
    this.ingest = ingest;
    this.identity = identity;
    this.deletion = deletion;
    this.search = search;
  }

  @Query("document")
  @Description("A document by global id (or database id), or null when there is none")
  public Document document(@Description("The global id (Node.id)") @NonNull @Id String id) {
    return documents.find(Ids.key("id", id, NodeType.Document)).map(Document::of).orElse(null);
  }

  @Query("documents")
  @Description(
      "Documents, most recently ingested first unless orderBy says otherwise; with filter.q by"
          + " relevance")
  public @NonNull DocumentConnection documents(
      @Description("Conditions the results must all meet; none: every result")
          DocumentFilterInput filter,
      @Description("The order of the results (default: most recent first)") DocumentOrder orderBy,
      @Description(Paging.FIRST) Integer first,
      @Description(Paging.AFTER) String after,
      @Description(Paging.LAST) Integer last,
      @Description(Paging.BEFORE) String before) {
    DocumentFilter f = filter(filter);
    String q = filter == null ? null : Ids.blankToNull(filter.q());
    if (q != null) {
      Slice<Long> ids = search.documents(q, f, Paging.request(first, after, last, before));
      return DocumentConnection.of(
          ids.load(keys -> Maps.mapValues(documents.findAll(keys), Document::of)),
          () -> search.countDocuments(q, f));
    }
    var order =
        orderBy != null && orderBy.field() == DocumentOrder.Field.PUBLISHED_AT
            ? io.regtrack.document.DocumentOrder.PUBLISHED_AT
            : io.regtrack.document.DocumentOrder.INGESTED;
    Direction direction =
        (orderBy == null || orderBy.direction() == null ? OrderDirection.DESC : orderBy.direction())
            .toDirection();
    Slice<Long> ids =
        documents.ids(f, Paging.request(first, after, last, before), order, direction);
    return DocumentConnection.of(
        ids.load(keys -> Maps.mapValues(documents.findAll(keys), Document::of)),
        () -> documents.count(f));
  }

  private DocumentFilter filter(DocumentFilterInput in) {
    if (in == null) {
      return DocumentFilter.ANY;
    }
    List<Long> regulationIds = null;
    String regulation = Ids.blankToNull(in.regulation());
    if (regulation != null) {
      Long id = Ids.keyIfId(regulation, NodeType.Regulation);
      regulationIds = id != null ? List.of(id) : regulations.idsBySymbol(regulation);
    }
    return new DocumentFilter(in.from(), in.to(), regulationIds);
  }

  @Name("totalCount")
  @Description("How many documents match, over all pages (computed only when asked for)")
  public int totalCount(@Source DocumentConnection connection) {
    return Math.toIntExact(connection.count().getAsLong());
  }

  @Name("citations")
  @Description("The regulation citations in the document, in text order")
  public List<@NonNull List<@NonNull Citation>> citations(@Source List<Document> parents) {
    var byDocument = regulations.citationsOfDocuments(keys(parents));
    return parents.stream()
        .map(d -> byDocument.get(d.key()).stream().map(Citation::of).toList())
        .toList();
  }

  @Name("meetings")
  @Description("The meetings the document reports, in the document's order")
  public List<@NonNull List<@NonNull Meeting>> meetings(@Source List<Document> parents) {
    Map<Long, List<Long>> byDocument = meetings.idsOfDocuments(keys(parents));
    var summaries =
        meetings.summaries(byDocument.values().stream().flatMap(List::stream).distinct().toList());
    return parents.stream()
        .map(
            d ->
                byDocument.get(d.key()).stream()
                    .map(summaries::get)
                    .filter(m -> m != null)
                    .map(Meeting::of)
                    .toList())
        .toList();
  }

  @Name("persons")
  @Description("The persons the document names, in its order, with the positions stated there")
  public List<@NonNull List<@NonNull DocumentPerson>> persons(@Source List<Document> parents) {
    var byDocument = persons.ofDocuments(keys(parents));
    return parents.stream()
        .map(d -> byDocument.get(d.key()).stream().map(DocumentPerson::of).toList())
        .toList();
  }

  @Name("person")
  @Description("The person")
  public List<@NonNull Person> person(@Source List<DocumentPerson> parents) {
    var views =
        persons.findAll(parents.stream().map(DocumentPerson::personKey).distinct().toList());
    return parents.stream().map(p -> Person.of(views.get(p.personKey()))).toList();
  }

  @Mutation("ingestDocument")
  @Description(
      "Ingests an article (API key with the editor role): extracts and stores its citations,"
          + " meetings and persons. Idempotent: the same article again returns the stored"
          + " document with created: false.")
  public @NonNull IngestDocumentPayload ingestDocument(
      @NonNull @Description("The article and its metadata") IngestDocumentInput input) {
    Access.require(identity, Roles.EDITOR);
    IngestOutcome outcome =
        ingest.ingest(
            new ArticleSubmission(
                input.text(),
                input.url(),
                input.source(),
                VietnamTime.wallTime(input.publishedAt())));
    Document document = documents.find(outcome.documentId()).map(Document::of).orElseThrow();
    return new IngestDocumentPayload(document, outcome.created());
  }

  @Mutation("deleteDocument")
  @Description(
      "Deletes a document (API key with the editor role) with its citations; meetings, persons and"
          + " regulations left without any source go too and leave tombstones for syncing"
          + " clients. NOT_FOUND for an unknown id.")
  public @NonNull DeleteDocumentPayload deleteDocument(
      @Description("The global id (Node.id)") @NonNull @Id String id) {
    Access.require(identity, Roles.EDITOR);
    return DeleteDocumentPayload.of(deletion.delete(Ids.key("id", id, NodeType.Document)));
  }

  private static List<Long> keys(List<Document> parents) {
    return parents.stream().map(Document::key).distinct().toList();
  }
}
