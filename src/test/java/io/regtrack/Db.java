package io.regtrack;

import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Counts rows straight from the database (tests only). */
public final class Db {
  private Db() {}

  /** The single number {@code sql} selects, e.g. {@code select count(*) from citation}. */
  public static long count(String sql, Object... params) {
    DataSource ds = Arc.container().instance(DataSource.class).get();
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs one update with parameters; returns the number of rows it changed (tests only). */
  public static int update(String sql, Object... params) {
    DataSource ds = Arc.container().instance(DataSource.class).get();
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs one statement, e.g. a {@code truncate} (tests only). */
  public static void execute(String sql) {
    DataSource ds = Arc.container().instance(DataSource.class).get();
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.execute();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Rows of the registry tables, to show a request wrote nothing. */
  public static long registryRows() {
    return count(
        "select (select count(*) from regulation) + (select count(*) from citation)"
            + " + (select count(*) from regulation_relation) + (select count(*) from organization)"
            + " + (select count(*) from document)");
  }
}
