package com.territoryplanner.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment files beyond one machine (deploy/compose, deploy/k8s and each service's
 * Dockerfile) parse and agree with the services: every service is there on the port it listens on,
 * with health probes, resources and scaling, and no secret is written into them.
 */
class DeploymentManifestsTest {

  private static final Path ROOT = Path.of("../..");
  private static final Path K8S = ROOT.resolve("deploy/k8s");
  private static final List<String> SERVICES =
      List.of("data-ingest-service", "segmentation-service", "balancing-service", "kpi-service");

  @Test
  void kustomizationListsEveryManifestAndEveryServiceImage() throws IOException {
    Map<String, Object> kustomization = single(K8S.resolve("kustomization.yaml"));
    List<String> resources = strings(kustomization.get("resources"));
    try (Stream<Path> files = Files.list(K8S)) {
      assertThat(files.map(file -> file.getFileName().toString()))
          .filteredOn(name -> !name.equals("kustomization.yaml"))
          .containsExactlyInAnyOrderElementsOf(resources);
    }
    assertThat(list(kustomization.get("images")))
        .extracting(image -> image.get("name"))
        .containsExactlyInAnyOrderElementsOf(
            SERVICES.stream().map(service -> "territory-planner/" + service).toList());
  }

  @Test
  void everyServiceIsDeployedOnItsPortWithProbesResourcesAndScaling() throws IOException {
    List<Map<String, Object>> documents = k8sDocuments();
    List<String> configMaps = namesOf(documents, "ConfigMap");
    for (String service : SERVICES) {
      int port = httpPort(service);
      Map<String, Object> deployment = named(documents, "Deployment", service);
      Map<String, Object> pod = map(path(deployment, "spec", "template", "spec"));
      Map<String, Object> container = list(pod.get("containers")).get(0);
      assertThat(container.get("image")).isEqualTo("territory-planner/" + service);
      assertThat(list(container.get("ports")).get(0)).containsEntry("containerPort", port);
      assertThat(probePath(container, "startupProbe")).isEqualTo("/q/health/started");
      assertThat(probePath(container, "readinessProbe")).isEqualTo("/q/health/ready");
      assertThat(probePath(container, "livenessProbe")).isEqualTo("/q/health/live");
      assertThat(map(path(container, "resources", "requests"))).containsKeys("cpu", "memory");
      assertThat(map(path(container, "resources", "limits"))).containsKey("memory");
      assertThat(list(container.get("envFrom")))
          .extracting(source -> map(source.get("configMapRef")).get("name"))
          .allMatch(configMaps::contains);
      assertNoLiteralSecrets(list(container.get("env")), service);

      Map<String, Object> serviceSpec = map(named(documents, "Service", service).get("spec"));
      assertThat(list(serviceSpec.get("ports")).get(0)).containsEntry("port", port);
      assertThat(map(serviceSpec.get("selector")))
          .isEqualTo(map(path(deployment, "spec", "selector", "matchLabels")));

      Map<String, Object> scaling =
          map(named(documents, "HorizontalPodAutoscaler", service).get("spec"));
      assertThat(map(scaling.get("scaleTargetRef"))).containsEntry("name", service);
      assertThat((Integer) scaling.get("minReplicas")).isGreaterThanOrEqualTo(2);
      assertThat((Integer) scaling.get("maxReplicas"))
          .isGreaterThan((Integer) scaling.get("minReplicas"));
    }
  }

  @Test
  void everyServiceHasAQuarkusDockerfileExposingItsPort() throws IOException {
    for (String service : SERVICES) {
      String dockerfile =
          Files.readString(ROOT.resolve(service).resolve("src/main/docker/Dockerfile.jvm"));
      assertThat(dockerfile)
          .contains("COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/")
          .contains("EXPOSE " + httpPort(service))
          .contains("quarkus-run.jar");
    }
  }

  @Test
  void composeRunsPostgresKafkaInKraftModeAndEveryServiceWithoutWrittenSecrets()
      throws IOException {
    Path composeFile = ROOT.resolve("deploy/compose/compose.yaml");
    Map<String, Object> services = map(single(composeFile).get("services"));
    assertThat(services).containsKeys("postgres", "kafka");
    Map<String, Object> kafka = map(map(services.get("kafka")).get("environment"));
    assertThat((String) kafka.get("KAFKA_PROCESS_ROLES")).contains("controller", "broker");
    assertThat(map(map(services.get("postgres")).get("environment")).get("POSTGRES_PASSWORD"))
        .asString()
        .startsWith("${");
    for (String service : SERVICES) {
      Map<String, Object> definition = map(services.get(service));
      int port = httpPort(service);
      Map<String, Object> build = map(definition.get("build"));
      assertThat(
              composeFile
                  .getParent()
                  .resolve((String) build.get("context"))
                  .resolve((String) build.get("dockerfile")))
          .exists();
      assertThat(strings(definition.get("ports"))).containsExactly(port + ":" + port);
      assertThat(strings(map(definition.get("healthcheck")).get("test")))
          .anyMatch(step -> step.contains("localhost:" + port + "/q/health/ready"));
      Map<String, Object> environment = map(definition.get("environment"));
      assertThat(environment.get("QUARKUS_DATASOURCE_PASSWORD")).asString().startsWith("${");
      assertThat(environment).containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092");
    }
  }

  private static void assertNoLiteralSecrets(List<Map<String, Object>> env, String service) {
    for (Map<String, Object> variable : env) {
      String name = (String) variable.get("name");
      if (name.matches(".*(PASSWORD|SECRET|TOKEN|KEY).*")) {
        assertThat(variable)
            .as("%s: %s comes from a secret", service, name)
            .doesNotContainKey("value")
            .containsKey("valueFrom");
      }
    }
  }

  private static String probePath(Map<String, Object> container, String probe) {
    Map<String, Object> get = map(path(container, probe, "httpGet"));
    assertThat(get.get("port")).isEqualTo("http");
    return (String) get.get("path");
  }

  private static int httpPort(String service) throws IOException {
    Properties properties = new Properties();
    try (Reader reader =
        Files.newBufferedReader(
            ROOT.resolve(service).resolve("src/main/resources/application.properties"))) {
      properties.load(reader);
    }
    return Integer.parseInt(properties.getProperty("quarkus.http.port"));
  }

  private static List<Map<String, Object>> k8sDocuments() throws IOException {
    List<Map<String, Object>> documents = new ArrayList<>();
    for (String resource : strings(single(K8S.resolve("kustomization.yaml")).get("resources"))) {
      try (Reader reader = Files.newBufferedReader(K8S.resolve(resource))) {
        new Yaml().loadAll(reader).forEach(document -> documents.add(map(document)));
      }
    }
    return documents;
  }

  private static Map<String, Object> named(
      List<Map<String, Object>> documents, String kind, String name) {
    return documents.stream()
        .filter(document -> kind.equals(document.get("kind")))
        .filter(document -> name.equals(map(document.get("metadata")).get("name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No " + kind + " named " + name));
  }

  private static List<String> namesOf(List<Map<String, Object>> documents, String kind) {
    return documents.stream()
        .filter(document -> kind.equals(document.get("kind")))
        .map(document -> (String) map(document.get("metadata")).get("name"))
        .toList();
  }

  private static Map<String, Object> single(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file)) {
      return map(new Yaml().load(reader));
    }
  }

  private static Object path(Map<String, Object> node, String... keys) {
    Object current = node;
    for (String key : keys) {
      current = map(current).get(key);
      assertThat(current).as(String.join(".", keys)).isNotNull();
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object node) {
    assertThat(node).isInstanceOf(Map.class);
    return (Map<String, Object>) node;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object node) {
    assertThat(node).isInstanceOf(List.class);
    return (List<Map<String, Object>>) node;
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object node) {
    assertThat(node).isInstanceOf(List.class);
    return (List<String>) node;
  }
}
