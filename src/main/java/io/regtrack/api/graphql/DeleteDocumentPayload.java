package io.regtrack.api.graphql;

import io.regtrack.ingest.DocumentDeletion;
import io.regtrack.shared.id.GlobalId;
import io.regtrack.shared.id.NodeType;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Result of {@code deleteDocument}: the global ids of everything that went with the document.
 *
 * @param deletedDocumentId the deleted document
 * @param deletedMeetingIds meetings left with no report, deleted
 * @param deletedPersonIds persons left with no appearance, deleted
 * @param deletedRegulationIds regulations left with no citation, deleted
 */
@Description("Result of deleteDocument: the global ids of everything deleted with the document")
public record DeleteDocumentPayload(
    @NonNull @Id @Description("The deleted document") String deletedDocumentId,
    @NonNull @Id @Description("Meetings left with no report")
        List<@NonNull String> deletedMeetingIds,
    @NonNull @Id @Description("Persons left with no appearance")
        List<@NonNull String> deletedPersonIds,
    @NonNull @Id @Description("Regulations left with no citation")
        List<@NonNull String> deletedRegulationIds) {

  static DeleteDocumentPayload of(DocumentDeletion d) {
    return new DeleteDocumentPayload(
        GlobalId.of(NodeType.Document, d.documentId()),
        ids(NodeType.Meeting, d.meetings().deleted()),
        ids(NodeType.Person, d.persons().deleted()),
        ids(NodeType.Regulation, d.regulations().deleted()));
  }

  private static List<String> ids(NodeType type, List<Long> keys) {
    return keys.stream().map(k -> GlobalId.of(type, k)).toList();
  }
}
