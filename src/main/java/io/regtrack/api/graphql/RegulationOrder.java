package io.regtrack.api.graphql;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;

/**
 * How to order regulations.
 *
 * @param field registration order (default) or issue date
 * @param direction newest first by default
 */
@Input("RegulationOrder")
@Description("Ordering of regulations")
public record RegulationOrder(
    @Description("What to order by") @DefaultValue("REGISTERED_AT") Field field,
    @Description("Ascending or descending") @DefaultValue("DESC") OrderDirection direction) {

  /** Fields regulations can be ordered by. */
  @Name("RegulationOrderField")
  @Description("Fields regulations can be ordered by")
  public enum Field {
    /** When the corpus first saw the regulation. */
    @Description("When the corpus first saw the regulation")
    REGISTERED_AT,
    /** The issue date; regulations without one come last. */
    @Description("The issue date; regulations without one come last")
    ISSUED_ON
  }
}
