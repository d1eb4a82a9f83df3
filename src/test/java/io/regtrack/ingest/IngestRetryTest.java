package io.regtrack.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which database failures make the ingest transaction start over. */
class IngestRetryTest {

  @Test
  void deadlocksAndSerializationFailuresAreRetried() {
    assertThat(IngestService.isRetryable(wrapped(new SQLException("deadlock", "40P01")))).isTrue();
    assertThat(IngestService.isRetryable(wrapped(new SQLException("serialization", "40001"))))
        .isTrue();
  }

  @Test
  void aRegulationDeletedUnderTheIngestIsRetried() {
    assertThat(IngestService.isRetryable(wrapped(new SQLException("foreign key", "23503"))))
        .isTrue();
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(IngestService.isRetryable(wrapped(new SQLException("unique", "23505")))).isFalse();
    assertThat(IngestService.isRetryable(new IllegalStateException("no cause"))).isFalse();
  }

  private static RuntimeException wrapped(SQLException e) {
    return new RuntimeException("commit failed", new IllegalStateException("statement", e));
  }
}
