package io.regtrack.province;

import org.eclipse.microprofile.graphql.Description;

/** When a unit existed, relative to the merger of 1 July 2025. */
@Description("When a province-level unit existed, relative to the merger of 1 July 2025")
public enum ProvinceEra {
  /** Existed before 1 July 2025 only: merged into its successor. */
  @Description("Existed before 1 July 2025 only: merged into its successor")
  PRE_2025,
  /** Created by the merger. */
  @Description("Created by the merger")
  POST_2025,
  /** Existed before and continues after (possibly enlarged). */
  @Description("Existed before and continues after (possibly enlarged)")
  BOTH;

  /** Whether the unit exists after 1 July 2025. */
  public boolean existsToday() {
    return this != PRE_2025;
  }
}
