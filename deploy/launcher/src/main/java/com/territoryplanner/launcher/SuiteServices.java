package com.territoryplanner.launcher;

import com.territoryplanner.platform.security.ApiKeyDigest;
import com.territoryplanner.platform.security.LocalTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The packaged services named in the ports map, as processes pointed at one PostgreSQL and one
 * broker, trusting a signing key and an integration API key made for this run (nothing to keep
 * secret in the repository; a restart makes new ones). Fault tests kill an instance outright, start
 * it again, or start another replica of a service.
 */
public final class SuiteServices implements AutoCloseable {

  /** Service module names, in start order. */
  public static final List<String> SERVICES =
      List.of("data-ingest-service", "segmentation-service", "balancing-service", "kpi-service");

  private final Path home;
  private final LocalPostgres postgres;
  private final String kafkaBootstrap;
  private final Path logDirectory;

  /** By instance: a service's module name, or that name and a number for a further replica. */
  private final Map<String, Integer> ports = new LinkedHashMap<>();

  private final Map<String, List<String>> commands = new LinkedHashMap<>();
  private final Map<String, Process> processes = new LinkedHashMap<>();
  private final LocalTokens tokens = new LocalTokens();
  private final String integrationApiKey = UUID.randomUUID().toString();

  public SuiteServices(
      Path home,
      Map<String, Integer> ports,
      LocalPostgres postgres,
      String kafkaBootstrap,
      Path logDirectory)
      throws IOException {
    this.home = home;
    this.postgres = postgres;
    this.kafkaBootstrap = kafkaBootstrap;
    this.logDirectory = logDirectory;
    Files.createDirectories(logDirectory);
    for (Map.Entry<String, Integer> service : ports.entrySet()) {
      add(service.getKey(), service.getKey(), service.getValue());
    }
  }

  /** Starts one more replica of a service on its own port; answers the new instance's name. */
  public String startReplica(String service, int port) throws IOException {
    String instance =
        service + "-" + (1 + ports.keySet().stream().filter(i -> i.startsWith(service)).count());
    add(instance, service, port);
    return instance;
  }

  /** Kills an instance the way a crash or the kernel's OOM killer would: no graceful stop. */
  public void kill(String instance) throws InterruptedException {
    Process process = processes.get(instance);
    process.destroyForcibly();
    process.waitFor();
  }

  /** Starts a killed instance again, as it was. */
  public void restart(String instance) throws IOException {
    processes.put(instance, launch(instance));
  }

  private void add(String instance, String service, int port) throws IOException {
    Path jar = home.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    if (!Files.exists(jar)) {
      throw new IOException(
          jar + " is missing: build the suite first (./mvnw -B package -DskipTests)");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("-Dquarkus.http.port=" + port);
    command.add("-Dquarkus.datasource.jdbc.url=" + postgres.jdbcUrl());
    command.add("-Dquarkus.datasource.username=" + postgres.user());
    command.add("-Dquarkus.datasource.password=" + postgres.user());
    command.add("-Dkafka.bootstrap.servers=" + kafkaBootstrap);
    command.add("-Dmp.jwt.verify.publickey=" + tokens.publicKey());
    command.add(
        "-Dterritory.auth.api-keys.launcher-crm.sha256="
            + ApiKeyDigest.sha256Hex(integrationApiKey));
    command.add("-Dterritory.auth.api-keys.launcher-crm.roles=integration");
    command.add("-jar");
    command.add(jar.toString());
    ports.put(instance, port);
    commands.put(instance, command);
    processes.put(instance, launch(instance));
  }

  private Process launch(String instance) throws IOException {
    Path log = logDirectory.resolve(instance + ".log");
    return new ProcessBuilder(commands.get(instance))
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
  }

  /** An Authorization header value for an admin, valid for a day. */
  public String adminAuthorization() {
    return "Bearer " + tokens.token("launcher-admin", List.of("admin"), Duration.ofDays(1));
  }

  /** The API key a CRM integration of this run sends as X-Api-Key. */
  public String integrationApiKey() {
    return integrationApiKey;
  }

  public String url(String instance) {
    return "http://localhost:" + ports.get(instance);
  }

  /** Waits until every instance reports ready (database and Kafka checks included). */
  public void awaitReady(Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (String instance : processes.keySet()) {
      awaitReady(instance, deadline, timeout);
    }
  }

  public void awaitReady(String instance, Duration timeout)
      throws IOException, InterruptedException {
    awaitReady(instance, System.nanoTime() + timeout.toNanos(), timeout);
  }

  private void awaitReady(String instance, long deadline, Duration timeout)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    while (true) {
      if (!processes.get(instance).isAlive()) {
        throw new IOException(instance + " exited at start; see its log");
      }
      try {
        HttpResponse<String> health =
            http.send(
                HttpRequest.newBuilder(URI.create(url(instance) + "/q/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      if (System.nanoTime() > deadline) {
        throw new IOException(instance + " was not ready within " + timeout);
      }
      Thread.sleep(250);
    }
  }

  @Override
  public void close() throws InterruptedException {
    processes.values().forEach(Process::destroy);
    for (Process process : processes.values()) {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }
}
