package io.regtrack.search;

import java.util.Map;

/**
 * A condition over one search type's table alias ({@code d} document, {@code r} regulation, {@code
 * m} meeting, {@code p} person) that every hit of that type must meet, with its named parameters:
 * how the list endpoints' filters combine with {@code q}.
 */
record SqlFilter(String condition, Map<String, Object> params) {
  SqlFilter {
    params = Map.copyOf(params);
  }
}
