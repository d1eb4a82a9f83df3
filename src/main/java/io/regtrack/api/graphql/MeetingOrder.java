package io.regtrack.api.graphql;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;

/**
 * How to order meetings.
 *
 * @param field only {@code DATE} (undated meetings last, ties by id)
 * @param direction latest first by default
 */
@Input("MeetingOrder")
@Description("Ordering of meetings")
public record MeetingOrder(
    @Description("What to order by") @DefaultValue("DATE") Field field,
    @Description("Ascending or descending") @DefaultValue("DESC") OrderDirection direction) {

  /** Fields meetings can be ordered by. */
  @Name("MeetingOrderField")
  @Description("Fields meetings can be ordered by")
  public enum Field {
    /** The meeting's date; undated meetings come last in either direction. */
    @Description("The meeting's date; undated meetings come last in either direction")
    DATE
  }

  static OrderDirection directionOf(MeetingOrder order) {
    return order == null || order.direction() == null ? OrderDirection.DESC : order.direction();
  }
}
