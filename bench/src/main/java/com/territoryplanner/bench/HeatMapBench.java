package com.territoryplanner.bench;

import static com.territoryplanner.bench.BenchSupport.options;
import static com.territoryplanner.bench.BenchSupport.round;
import static com.territoryplanner.bench.BenchSupport.seconds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole-country heat map over N accounts: the accounts ({@link SegmentedAccounts}) are copied
 * into the segmentation service's table, then the heat map of the whole box is asked for at
 * resolution 4, once cold and five times warm. Prints one JSON line.
 */
public final class HeatMapBench {

  private static final String BOX = "minLon=-125&minLat=24&maxLon=-66&maxLat=50";

  private HeatMapBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    int accounts = Integer.parseInt(options.getOrDefault("--accounts", "1000000"));
    Path home = Path.of(options.getOrDefault("--home", ".")).toAbsolutePath().normalize();
    Path work = Path.of(options.getOrDefault("--work", "bench/target/heatmap"));
    try (SegmentationWithAccounts segmentation =
        new SegmentationWithAccounts(home, work, accounts)) {
      String url = segmentation.url() + "/api/v1/heatmap?" + BOX + "&resolution=4";
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
      result.put("rollup_seconds", round(segmentation.rollupSeconds()));
      result.put("hexagons", map.get("features").size());
      result.put("accounts_on_map", mapped);
      result.put("cold_seconds", round(cold));
      result.put("warm_best_seconds", round(warm.get(0)));
      result.put("warm_median_seconds", round(warm.get(2)));
      System.out.println(new ObjectMapper().writeValueAsString(result));
    }
  }

  private static JsonNode get(HttpClient http, String url) throws Exception {
    HttpResponse<String> response =
        http.send(
            BenchSupport.request(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("heat map answered " + response.statusCode());
    }
    return new ObjectMapper().readTree(response.body());
  }
}
