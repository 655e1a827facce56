package com.territoryplanner.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL server from the zonky binaries, its data in a folder that survives restarts.
 * All services share the database, each in its own schema.
 */
public final class LocalPostgres implements AutoCloseable {

  private final EmbeddedPostgres postgres;
  private final int port;

  public LocalPostgres(Path dataDirectory, int port) throws IOException {
    Files.createDirectories(dataDirectory);
    this.port = port;
    this.postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(false)
            .setPort(port)
            .start();
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port + "/postgres";
  }

  public String user() {
    return "postgres";
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
