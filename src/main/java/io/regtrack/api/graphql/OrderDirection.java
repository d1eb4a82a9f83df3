package io.regtrack.api.graphql;

import io.regtrack.shared.paging.Keyset.Direction;
import org.eclipse.microprofile.graphql.Description;

/** Sort direction of a connection. */
@Description("Sort direction")
public enum OrderDirection {
  @Description("Ascending: oldest or smallest first")
  ASC,
  @Description("Descending: most recent or largest first")
  DESC;

  Direction toDirection() {
    return this == ASC ? Direction.ASC : Direction.DESC;
  }
}
