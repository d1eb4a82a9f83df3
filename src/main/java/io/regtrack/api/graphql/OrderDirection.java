package io.regtrack.api.graphql;

import io.regtrack.shared.paging.Keyset.Direction;
import org.eclipse.microprofile.graphql.Description;

/** Sort direction of a connection. */
@Description("Sort direction")
public enum OrderDirection {
  ASC,
  DESC;

  Direction toDirection() {
    return this == ASC ? Direction.ASC : Direction.DESC;
  }
}
