package com.territoryplanner.bench;

import com.territoryplanner.launcher.LocalKafka;
import com.territoryplanner.launcher.LocalPostgres;
import com.territoryplanner.launcher.SuiteServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;

/**
 * An embedded PostgreSQL, a broker and the packaged segmentation service (ports 25433, 29094 and
 * 28082) over a fresh data folder, with N {@link SegmentedAccounts} loaded: what the segmentation
 * benchmarks run against.
 */
final class SegmentationWithAccounts implements AutoCloseable {

  private static final String SERVICE = "segmentation-service";

  private final LocalPostgres postgres;
  private final LocalKafka kafka;
  private final SuiteServices segmentation;
  private final double rollupSeconds;

  SegmentationWithAccounts(Path home, Path work, int accounts) throws Exception {
    Path data = work.toAbsolutePath().resolve("run");
    BenchSupport.deleteRecursively(data);
    Path logs = Files.createDirectories(data.resolve("logs"));
    postgres = new LocalPostgres(data.resolve("postgres"), 25433);
    kafka = new LocalKafka(data.resolve("kafka"), 29094, 29095, logs.resolve("kafka.log"));
    segmentation =
        new SuiteServices(home, Map.of(SERVICE, 28082), postgres, kafka.bootstrapServers(), logs);
    segmentation.awaitReady(Duration.ofMinutes(3));
    BenchSupport.trust(segmentation);
    try (Connection sql =
        DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.user())) {
      rollupSeconds = SegmentedAccounts.load(sql, accounts);
    }
  }

  /** How long the service took to fold the loaded accounts into its heat-map totals. */
  double rollupSeconds() {
    return rollupSeconds;
  }

  String url() {
    return segmentation.url(SERVICE);
  }

  @Override
  public void close() throws Exception {
    try (postgres;
        kafka) {
      segmentation.close();
    }
  }
}
