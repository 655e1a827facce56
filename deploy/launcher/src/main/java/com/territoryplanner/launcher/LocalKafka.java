package com.territoryplanner.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A real Kafka broker, one combined KRaft node, in a child JVM on the launcher's own classpath. Its
 * log folder survives restarts; it is formatted once.
 */
public final class LocalKafka implements AutoCloseable {

  private final int port;
  private final Path config;
  private final Path logFile;
  private Process broker;

  public LocalKafka(Path dataDirectory, int port, int controllerPort, Path logFile)
      throws IOException, InterruptedException {
    this.port = port;
    this.logFile = logFile;
    Path logs = dataDirectory.resolve("logs");
    Files.createDirectories(logs);
    config = dataDirectory.resolve("server.properties");
    Files.writeString(
        config,
        String.join(
            "\n",
            "process.roles=broker,controller",
            "node.id=1",
            "controller.quorum.voters=1@localhost:" + controllerPort,
            "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
            "advertised.listeners=PLAINTEXT://localhost:" + port,
            "controller.listener.names=CONTROLLER",
            "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
            "log.dirs=" + logs.toAbsolutePath(),
            "num.partitions=3",
            "offsets.topic.replication.factor=1",
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "share.coordinator.state.topic.replication.factor=1",
            "share.coordinator.state.topic.min.isr=1",
            "group.initial.rebalance.delay.ms=0",
            // a restart would otherwise wait ~12 s on DUPLICATE_BROKER_REGISTRATION; a session of
            // one heartbeat (2 s each by default) fenced the broker whenever the cores were busy
            // (bench/ingest: its partitions lost their leader mid-import and sends were retried)
            "broker.heartbeat.interval.ms=500",
            "broker.session.timeout.ms=4000",
            "auto.create.topics.enable=true",
            ""));
    if (!Files.exists(logs.resolve("meta.properties"))) {
      Process format =
          java(
                  logFile,
                  "kafka.tools.StorageTool",
                  "format",
                  // one argument with '=': a random cluster id may begin with '-'
                  "--cluster-id=" + clusterId(),
                  "--config=" + config)
              .start();
      if (format.waitFor() != 0) {
        throw new IOException("Formatting the Kafka log folder failed; see " + logFile);
      }
    }
    start();
  }

  /** Starts the broker on its data and ports (again, after {@link #close}). */
  public void start() throws IOException, InterruptedException {
    broker = java(logFile, "kafka.Kafka", config.toString()).start();
    awaitPort(port, Duration.ofSeconds(60));
  }

  public String bootstrapServers() {
    return "localhost:" + port;
  }

  @Override
  public void close() throws InterruptedException {
    broker.destroy();
    if (!broker.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
      broker.destroyForcibly();
    }
  }

  private void awaitPort(int port, Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!broker.isAlive()) {
        throw new IOException("The Kafka broker exited at start");
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("localhost", port), 500);
        return;
      } catch (IOException notYet) {
        Thread.sleep(200);
      }
    }
    throw new IOException("The Kafka broker did not open port " + port + " in " + timeout);
  }

  private static ProcessBuilder java(Path logFile, String mainClass, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
  }

  private static String clusterId() {
    // Kafka cluster ids are 16 random bytes in URL-safe base64 without padding.
    UUID uuid = UUID.randomUUID();
    java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(16);
    bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
    return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
  }
}
