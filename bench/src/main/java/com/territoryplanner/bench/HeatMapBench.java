package com.territoryplanner.bench;

import static com.territoryplanner.bench.BenchSupport.deleteRecursively;
import static com.territoryplanner.bench.BenchSupport.options;
import static com.territoryplanner.bench.BenchSupport.round;
import static com.territoryplanner.bench.BenchSupport.seconds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.territoryplanner.launcher.LocalKafka;
import com.territoryplanner.launcher.LocalPostgres;
import com.territoryplanner.launcher.SuiteServices;
import com.uber.h3core.H3Core;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.postgresql.PGConnection;

/**
 * The whole-country heat map over N accounts: the accounts (random points in the contiguous US,
 * with their H3 cells as segmentation stores them) are copied into the segmentation service's
 * table, then the heat map of the whole box is asked for at resolution 4, once cold and five times
 * warm. Prints one JSON line.
 */
public final class HeatMapBench {

  private static final String SERVICE = "segmentation-service";
  private static final String BOX = "minLon=-125&minLat=24&maxLon=-66&maxLat=50";

  private HeatMapBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    int accounts = Integer.parseInt(options.getOrDefault("--accounts", "1000000"));
    Path home = Path.of(options.getOrDefault("--home", ".")).toAbsolutePath().normalize();
    Path data =
        Path.of(options.getOrDefault("--work", "bench/target/heatmap"))
            .toAbsolutePath()
            .resolve("run");
    deleteRecursively(data);
    Path logs = Files.createDirectories(data.resolve("logs"));
    try (LocalPostgres postgres = new LocalPostgres(data.resolve("postgres"), 25433);
        LocalKafka kafka =
            new LocalKafka(data.resolve("kafka"), 29094, 29095, logs.resolve("kafka.log"));
        SuiteServices segmentation =
            new SuiteServices(
                home, Map.of(SERVICE, 28082), postgres, kafka.bootstrapServers(), logs)) {
      segmentation.awaitReady(Duration.ofMinutes(3));
      try (Connection sql =
          DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.user())) {
        load(sql, accounts);
      }
      String url = segmentation.url(SERVICE) + "/api/v1/heatmap?" + BOX + "&resolution=4";
      HttpClient http = HttpClient.newHttpClient();
      long start = System.nanoTime();
      JsonNode map = get(http, url);
      double cold = seconds(start);
      List<Double> warm = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        start = System.nanoTime();
        get(http, url);
        warm.add(seconds(start));
      }
      Collections.sort(warm);
      long mapped = 0;
      for (JsonNode feature : map.get("features")) {
        mapped += feature.get("properties").get("accounts").asLong();
      }
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("accounts", accounts);
      result.put("hexagons", map.get("features").size());
      result.put("accounts_on_map", mapped);
      result.put("cold_seconds", round(cold));
      result.put("warm_best_seconds", round(warm.get(0)));
      result.put("warm_median_seconds", round(warm.get(2)));
      System.out.println(new ObjectMapper().writeValueAsString(result));
    }
  }

  /** Copies the accounts into segmentation's table, as its consumer would have stored them. */
  private static void load(Connection sql, int accounts) throws Exception {
    H3Core h3 = H3Core.newInstance();
    Random random = new Random(7);
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < accounts; i++) {
      double lat = 25 + random.nextDouble() * 24;
      double lon = -124 + random.nextDouble() * 57;
      int potential = 1000 + random.nextInt(300_000);
      rows.append("hm")
          .append(i)
          .append(',')
          .append(potential)
          .append(",USD,SMB,potential-v2,REVENUE,")
          .append(potential)
          .append(",0.002,51,1.5,0,")
          .append(lat)
          .append(',')
          .append(lon)
          .append(',')
          .append(h3.latLngToCell(lat, lon, 4))
          .append(',')
          .append(h3.latLngToCell(lat, lon, 6))
          .append(',')
          .append(h3.latLngToCell(lat, lon, 8))
          .append(",2026-01-01T00:00:00Z,2026-01-01T00:00:00Z\n");
    }
    sql.unwrap(PGConnection.class)
        .getCopyAPI()
        .copyIn(
            "copy segmentation.account_segment (account_id, potential, currency, size_tier,"
                + " model_version, basis, base, rate, sector, propensity, current_spend, latitude,"
                + " longitude, h3_r4, h3_r6, h3_r8, source_at, updated_at) from stdin (format csv)",
            new StringReader(rows.toString()));
    try (Statement statement = sql.createStatement()) {
      statement.execute("analyze segmentation.account_segment");
    }
  }

  private static JsonNode get(HttpClient http, String url) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("heat map answered " + response.statusCode());
    }
    return new ObjectMapper().readTree(response.body());
  }
}
