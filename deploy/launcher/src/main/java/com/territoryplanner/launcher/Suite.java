package com.territoryplanner.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The whole suite on one machine: PostgreSQL, a Kafka broker and the four services, started in that
 * order and stopped in reverse.
 */
public final class Suite implements AutoCloseable {

  /** Where everything listens. */
  public record Ports(int postgres, int kafka, int kafkaController, Map<String, Integer> services) {

    public static Ports defaults() {
      Map<String, Integer> services = new LinkedHashMap<>();
      for (int i = 0; i < SuiteServices.SERVICES.size(); i++) {
        services.put(SuiteServices.SERVICES.get(i), 8081 + i);
      }
      return new Ports(15432, 19092, 19093, services);
    }
  }

  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private final LocalPostgres postgres;
  private final LocalKafka kafka;
  private final SuiteServices services;

  public Suite(Path home, Path data, Ports ports) throws Exception {
    Path logs = data.resolve("logs");
    Files.createDirectories(logs);
    try {
      postgres = start(new LocalPostgres(data.resolve("postgres"), ports.postgres()));
      kafka =
          start(
              new LocalKafka(
                  data.resolve("kafka"),
                  ports.kafka(),
                  ports.kafkaController(),
                  logs.resolve("kafka.log")));
      services =
          start(
              new SuiteServices(home, ports.services(), postgres, kafka.bootstrapServers(), logs));
      services.awaitReady(Duration.ofMinutes(3));
    } catch (Exception e) {
      close();
      throw e;
    }
  }

  private <T extends AutoCloseable> T start(T part) {
    started.push(part);
    return part;
  }

  /** The base URL of a service, or of one of its instances (see {@link #startReplica}). */
  public String url(String instance) {
    return services.url(instance);
  }

  public String postgresJdbcUrl() {
    return postgres.jdbcUrl();
  }

  public String postgresUser() {
    return postgres.user();
  }

  /** An Authorization header value for an admin, valid for a day. */
  public String adminAuthorization() {
    return services.adminAuthorization();
  }

  public String integrationApiKey() {
    return services.integrationApiKey();
  }

  public String kafkaBootstrapServers() {
    return kafka.bootstrapServers();
  }

  /** A database restart: every open session is cut; the services must ride it out. */
  public void restartPostgres() throws IOException {
    postgres.restart();
  }

  /** Starts one more replica of a service and waits until it is ready; answers its name. */
  public String startReplica(String service, int port) throws IOException, InterruptedException {
    String instance = services.startReplica(service, port);
    services.awaitReady(instance, Duration.ofMinutes(2));
    return instance;
  }

  /** A crash: the instance is killed with no graceful stop, and nothing is started in its place. */
  public void kill(String instance) throws InterruptedException {
    services.kill(instance);
  }

  /** Starts a killed instance again, on the same port, and waits until it is ready. */
  public void restart(String instance) throws IOException, InterruptedException {
    services.restart(instance);
    services.awaitReady(instance, Duration.ofMinutes(2));
  }

  /**
   * A broker outage: stops the broker, runs {@code whileDown}, and starts the broker again on the
   * same data and ports. The services must ride it out.
   */
  public <T> T kafkaOutage(Callable<T> whileDown) throws Exception {
    kafka.close();
    try {
      return whileDown.call();
    } finally {
      kafka.start();
    }
  }

  /** Stops what was started, last first. */
  @Override
  public void close() throws Exception {
    while (!started.isEmpty()) {
      started.pop().close();
    }
  }
}
