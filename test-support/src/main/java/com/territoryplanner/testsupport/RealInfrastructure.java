package com.territoryplanner.testsupport;

import com.territoryplanner.platform.security.ApiKeyAuthentication;
import com.territoryplanner.platform.security.Roles;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.restassured.RestAssured;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real PostgreSQL server and a real Kafka broker (one combined KRaft node) for {@code
 * QuarkusTest}s, started in the test JVM from Maven artifacts: no Docker needed. Both start once
 * per JVM and stop when it exits, so every test class of a module shares them and Quarkus boots
 * once.
 *
 * <p>The broker gets a log folder of its own: the test kit's default folder is deleted by a
 * shutdown hook of its own, which races the broker's shutdown, and a broker that loses its log
 * folder halts the JVM with a non-zero exit code after every test has passed.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

  private static EmbeddedPostgres postgres;
  private static KafkaClusterTestKit kafka;
  private static boolean adminByDefault;

  /**
   * The shared infrastructure's addresses, and the test identities the service trusts. Requests
   * through REST Assured carry an admin's token unless a test sends other credentials.
   */
  @Override
  public synchronized Map<String, String> start() {
    Map<String, String> config = new HashMap<>(TestIdentities.serviceConfig());
    config.put("quarkus.datasource.jdbc.url", jdbcUrl());
    config.put("quarkus.datasource.username", "postgres");
    config.put("quarkus.datasource.password", "postgres");
    config.put("kafka.bootstrap.servers", kafkaBootstrapServers());
    actAsAdminByDefault();
    return config;
  }

  /**
   * REST Assured sends an admin's token with every request that carries no credentials of its own
   * (a filter, not a default specification, which would also fix the port before Quarkus sets it).
   * Installed from here, so that it reaches the REST Assured the tests' class loader sees.
   */
  private static synchronized void actAsAdminByDefault() {
    if (adminByDefault) {
      return;
    }
    adminByDefault = true;
    String admin = "Bearer " + TestIdentities.token(Roles.ADMIN);
    RestAssured.filters(
        (request, response, context) -> {
          if (!request.getHeaders().hasHeaderWithName("Authorization")
              && !request.getHeaders().hasHeaderWithName(ApiKeyAuthentication.HEADER)) {
            request.header("Authorization", admin);
          }
          return context.next(request, response);
        });
  }

  @Override
  public void stop() {
    // Shared across the JVM's test classes; the shutdown hook stops both.
  }

  /** JDBC URL of the shared PostgreSQL server, starting it on first use. */
  public static synchronized String jdbcUrl() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
      }
      // zonky registers its own shutdown hook that stops the server and removes its folder
    }
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  /** A producer of string keys and values to the shared broker; the caller closes it. */
  public static KafkaProducer<String, String> kafkaProducer() {
    return new KafkaProducer<>(
        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers()),
        new StringSerializer(),
        new StringSerializer());
  }

  /** Bootstrap servers of the shared Kafka broker, starting it on first use. */
  public static synchronized String kafkaBootstrapServers() {
    if (kafka == null) {
      try {
        kafka =
            new KafkaClusterTestKit.Builder(
                    new TestKitNodes.Builder()
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .setBaseDirectory(Files.createTempDirectory("territory-kafka-"))
                        .build())
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("num.partitions", "3")
                // one node: internal topics must not ask for the default three replicas, or
                // __consumer_offsets is never created and no consumer group can start
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "3")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .build();
        kafka.format();
        kafka.startup();
        kafka.waitForReadyBrokers();
      } catch (Exception e) {
        throw new IllegalStateException("Embedded Kafka broker did not start", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(RealInfrastructure::closeKafka));
    }
    return kafka.bootstrapServers();
  }

  private static void closeKafka() {
    try {
      kafka.close();
    } catch (Exception e) {
      // the JVM is exiting; close() has removed the log folder or it lies in the temp folder
    }
  }
}
