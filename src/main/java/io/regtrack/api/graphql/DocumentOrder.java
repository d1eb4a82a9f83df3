package io.regtrack.api.graphql;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;

/**
 * How to order documents.
 *
 * @param field ingestion order (default) or the stated publish time
 * @param direction newest first by default
 */
@Input("DocumentOrder")
@Description("Ordering of documents")
public record DocumentOrder(
    @Description("What to order by") @DefaultValue("INGESTED_AT") Field field,
    @Description("Ascending or descending") @DefaultValue("DESC") OrderDirection direction) {

  /** Fields documents can be ordered by. */
  @Name("DocumentOrderField")
  @Description("Fields documents can be ordered by")
  public enum Field {
    /** When the document was ingested. */
    @Description("When the document was ingested")
    INGESTED_AT,
    /** The publish time the article states; documents without one come last. */
    @Description("The publish time the article states; documents without one come last")
    PUBLISHED_AT
  }
}
