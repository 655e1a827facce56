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
 * secret in the repository; a restart makes new ones).
 */
public final class SuiteServices implements AutoCloseable {

  /** Service module names, in start order. */
  public static final List<String> SERVICES =
      List.of("data-ingest-service", "segmentation-service", "balancing-service", "kpi-service");

  private final Map<String, Process> processes = new LinkedHashMap<>();
  private final Map<String, Integer> ports;
  private final LocalTokens tokens = new LocalTokens();
  private final String integrationApiKey = UUID.randomUUID().toString();

  public SuiteServices(
      Path home,
      Map<String, Integer> ports,
      LocalPostgres postgres,
      String kafkaBootstrap,
      Path logDirectory)
      throws IOException {
    this.ports = ports;
    Files.createDirectories(logDirectory);
    for (String service : ports.keySet()) {
      Path jar = home.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
      if (!Files.exists(jar)) {
        throw new IOException(
            jar + " is missing: build the suite first (./mvnw -B package -DskipTests)");
      }
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx1g");
      command.add("-Dquarkus.http.port=" + ports.get(service));
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
      Path log = logDirectory.resolve(service + ".log");
      processes.put(
          service,
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start());
    }
  }

  /** An Authorization header value for an admin, valid for a day. */
  public String adminAuthorization() {
    return "Bearer " + tokens.token("launcher-admin", List.of("admin"), Duration.ofDays(1));
  }

  /** The API key a CRM integration of this run sends as X-Api-Key. */
  public String integrationApiKey() {
    return integrationApiKey;
  }

  public String url(String service) {
    return "http://localhost:" + ports.get(service);
  }

  /** Waits until every service reports ready (database and Kafka checks included). */
  public void awaitReady(Duration timeout) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + timeout.toNanos();
    for (String service : processes.keySet()) {
      while (true) {
        if (!processes.get(service).isAlive()) {
          throw new IOException(service + " exited at start; see its log");
        }
        try {
          HttpResponse<String> health =
              http.send(
                  HttpRequest.newBuilder(URI.create(url(service) + "/q/health/ready")).build(),
                  HttpResponse.BodyHandlers.ofString());
          if (health.statusCode() == 200) {
            break;
          }
        } catch (IOException notYet) {
          // not listening yet
        }
        if (System.nanoTime() > deadline) {
          throw new IOException(service + " was not ready within " + timeout);
        }
        Thread.sleep(250);
      }
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
