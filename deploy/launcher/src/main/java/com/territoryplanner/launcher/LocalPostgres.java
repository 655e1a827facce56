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

  private final Path dataDirectory;
  private final int port;
  private EmbeddedPostgres postgres;

  public LocalPostgres(Path dataDirectory, int port) throws IOException {
    Files.createDirectories(dataDirectory);
    this.dataDirectory = dataDirectory;
    this.port = port;
    start();
  }

  private void start() throws IOException {
    postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(false)
            .setPort(port)
            // Every commit on disk before it answers: the binaries start the server for tests,
            // without fsync and without waiting for the commit's WAL. And room for bulk imports:
            // with 128 MB of buffers and a checkpoint per 1 GB of WAL, one bench/ingest run took 10
            // checkpoints and over half its WAL was full-page images; with these, 2 and a third.
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("shared_buffers", "512MB")
            .setServerConfig("max_wal_size", "4GB")
            .start();
  }

  /** Stops the server (its sessions are cut, their transactions lost) and starts it again. */
  public void restart() throws IOException {
    postgres.close();
    start();
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
