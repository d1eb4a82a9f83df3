package io.regtrack.api.rest;

import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Counts document rows straight from the database (tests only). */
final class DocumentCounter {
  private DocumentCounter() {}

  static long count() {
    DataSource ds = Arc.container().instance(DataSource.class).get();
    try (Connection c = ds.getConnection();
        ResultSet rs = c.createStatement().executeQuery("select count(*) from document")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static long countWithHash(String hash) {
    DataSource ds = Arc.container().instance(DataSource.class).get();
    try (Connection c = ds.getConnection();
        var ps = c.prepareStatement("select count(*) from document where content_hash = ?")) {
      ps.setString(1, hash);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
