package io.regtrack.api.graphql;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** Small map helpers for batch loaders. */
final class Maps {
  private Maps() {}

  /** {@code map} with each value converted, in the same iteration order. */
  static <K, V, R> Map<K, R> mapValues(Map<K, V> map, Function<V, R> convert) {
    Map<K, R> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(k, convert.apply(v)));
    return out;
  }
}
