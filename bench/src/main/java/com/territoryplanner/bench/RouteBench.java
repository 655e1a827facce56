package com.territoryplanner.bench;

import com.territoryplanner.balancing.engine.Geo;
import com.territoryplanner.balancing.engine.route.RouteDay;
import com.territoryplanner.balancing.engine.route.RoutePlan;
import com.territoryplanner.balancing.engine.route.RoutePlanner;
import com.territoryplanner.balancing.engine.route.TravelModel;
import com.territoryplanner.balancing.engine.route.Visit;
import com.territoryplanner.balancing.engine.route.VisitValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * {@code bench/route}: a week of visits for reps placed on real places. Each rep lives at a random
 * unit and routes over the {@code --candidates} units nearest to it (a territory's worth), valued
 * by population as potential, random days since the last visit and open opportunities. Each solved
 * week is checked by a timetable of the bench's own (home by the day's end, every visit made once)
 * and compared with a greedy baseline that inserts the visit of most value per added minute at its
 * cheapest place until none fits. Prints one JSON line.
 */
public final class RouteBench {

  private static final int DAY_START = 8 * 60;
  private static final int DAY_END = 17 * 60;
  private static final int VISIT_MINUTES = 45;
  private static final TravelModel TRAVEL = new TravelModel(50, 1.3);

  private RouteBench() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> options = BenchSupport.options(args);
    double[][] places = readPlaces(Path.of(options.get("--units")));
    int reps = Integer.parseInt(options.getOrDefault("--reps", "10"));
    int candidates = Integer.parseInt(options.getOrDefault("--candidates", "150"));
    int days = Integer.parseInt(options.getOrDefault("--days", "5"));
    Duration limit = Duration.ofSeconds(Long.parseLong(options.getOrDefault("--seconds", "2")));
    Random random = new Random(Long.parseLong(options.getOrDefault("--seed", "1")));

    double[] solveSeconds = new double[reps];
    long solverValue = 0;
    long greedyValue = 0;
    long totalValue = 0;
    double solverDrive = 0;
    double greedyDrive = 0;
    int solverVisits = 0;
    int greedyVisits = 0;
    int infeasible = 0;
    for (int r = 0; r < reps; r++) {
      double[] home = places[random.nextInt(places.length)];
      List<Visit> visits = candidatesAround(places, home, candidates, random);
      totalValue += visits.stream().mapToLong(Visit::value).sum();

      long start = System.nanoTime();
      RoutePlan solved = RoutePlanner.solve(new RoutePlan(week(home, days), visits), limit);
      solveSeconds[r] = BenchSupport.seconds(start);
      List<List<Visit>> routes = solved.workingDays().stream().map(RouteDay::getVisits).toList();
      infeasible += checked(home, routes, visits) ? 0 : 1;
      solverValue += value(routes);
      solverDrive += driveMinutes(home, routes);
      solverVisits += routes.stream().mapToInt(List::size).sum();

      List<List<Visit>> greedy = greedy(home, days, visits);
      greedyValue += value(greedy);
      greedyDrive += driveMinutes(home, greedy);
      greedyVisits += greedy.stream().mapToInt(List::size).sum();
    }
    Arrays.sort(solveSeconds);
    System.out.println(
        String.format(
            Locale.ROOT,
            "{\"reps\":%d,\"candidates\":%d,\"days\":%d,\"seconds_limit\":%d,"
                + "\"solve_seconds_median\":%.2f,\"solve_seconds_max\":%.2f,"
                + "\"infeasible_weeks\":%d,\"visits_per_week\":%.1f,"
                + "\"value_share\":%.3f,\"windshield_hours_per_week\":%.2f,"
                + "\"greedy_visits_per_week\":%.1f,\"greedy_value_share\":%.3f,"
                + "\"greedy_windshield_hours_per_week\":%.2f}",
            reps,
            candidates,
            days,
            limit.toSeconds(),
            solveSeconds[reps / 2],
            solveSeconds[reps - 1],
            infeasible,
            solverVisits / (double) reps,
            solverValue / (double) totalValue,
            solverDrive / 60 / reps,
            greedyVisits / (double) reps,
            greedyValue / (double) totalValue,
            greedyDrive / 60 / reps));
  }

  /** id,lat,lon,... rows as {lat, lon, population}. */
  private static double[][] readPlaces(Path units) throws IOException {
    List<double[]> places = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(units)) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] cells = line.split(",");
        places.add(
            new double[] {
              Double.parseDouble(cells[1]),
              Double.parseDouble(cells[2]),
              Double.parseDouble(cells[3])
            });
      }
    }
    return places.toArray(double[][]::new);
  }

  private static List<Visit> candidatesAround(
      double[][] places, double[] home, int count, Random random) {
    Integer[] nearest =
        IntStream.range(0, places.length)
            .boxed()
            .sorted(
                Comparator.comparingDouble(
                    i -> Geo.haversineKm(home[0], home[1], places[i][0], places[i][1])))
            .limit(count)
            .toArray(Integer[]::new);
    double highest = Arrays.stream(nearest).mapToDouble(i -> places[i][2]).max().orElse(0);
    VisitValue valuation = new VisitValue(1, 1, 1, 90);
    List<Visit> visits = new ArrayList<>();
    for (Integer i : nearest) {
      Integer daysSince = random.nextInt(5) == 0 ? null : random.nextInt(180);
      int open = random.nextInt(3) == 0 ? 1 + random.nextInt(4) : 0;
      long value = valuation.of(places[i][2], highest, daysSince, open).total();
      visits.add(new Visit("u" + i, places[i][0], places[i][1], VISIT_MINUTES, 0, 24 * 60, value));
    }
    return visits;
  }

  private static List<RouteDay> week(double[] home, int days) {
    LocalDate monday = LocalDate.of(2026, 12, 7);
    return IntStream.range(0, days)
        .mapToObj(
            d -> new RouteDay(monday.plusDays(d), home[0], home[1], DAY_START, DAY_END, TRAVEL))
        .toList();
  }

  /** Home by the day's end every day, by a timetable of the bench's own; each visit made once. */
  private static boolean checked(double[] home, List<List<Visit>> routes, List<Visit> visits) {
    long made = routes.stream().flatMap(List::stream).map(Visit::accountId).distinct().count();
    long listed = routes.stream().mapToLong(List::size).sum();
    return made == listed
        && routes.stream().allMatch(route -> DAY_START + dayMinutes(home, route) <= DAY_END + 1e-6);
  }

  private static double dayMinutes(double[] home, List<Visit> route) {
    return driveMinutes(home, List.of(route)) + route.stream().mapToInt(Visit::minutes).sum();
  }

  private static double driveMinutes(double[] home, List<List<Visit>> routes) {
    double minutes = 0;
    for (List<Visit> route : routes) {
      double lat = home[0];
      double lon = home[1];
      for (Visit visit : route) {
        minutes += drive(lat, lon, visit.latitude(), visit.longitude());
        lat = visit.latitude();
        lon = visit.longitude();
      }
      minutes += route.isEmpty() ? 0 : drive(lat, lon, home[0], home[1]);
    }
    return minutes;
  }

  private static double drive(double lat1, double lon1, double lat2, double lon2) {
    return Geo.haversineKm(lat1, lon1, lat2, lon2) * 1.3 / 50 * 60;
  }

  private static long value(List<List<Visit>> routes) {
    return routes.stream().flatMap(List::stream).mapToLong(Visit::value).sum();
  }

  /** Most value per added minute first, each at its cheapest place, until nothing fits. */
  private static List<List<Visit>> greedy(double[] home, int days, List<Visit> visits) {
    List<List<Visit>> routes = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      routes.add(new ArrayList<>());
    }
    List<Visit> left = new ArrayList<>(visits);
    while (true) {
      double best = -1;
      int bestVisit = -1;
      int bestDay = -1;
      int bestPosition = -1;
      for (int v = 0; v < left.size(); v++) {
        for (int d = 0; d < days; d++) {
          List<Visit> route = routes.get(d);
          double before = dayMinutes(home, route);
          for (int p = 0; p <= route.size(); p++) {
            route.add(p, left.get(v));
            double after = dayMinutes(home, route);
            route.remove(p);
            double ratio = left.get(v).value() / (after - before);
            if (DAY_START + after <= DAY_END && ratio > best) {
              best = ratio;
              bestVisit = v;
              bestDay = d;
              bestPosition = p;
            }
          }
        }
      }
      if (bestVisit < 0) {
        return routes;
      }
      routes.get(bestDay).add(bestPosition, left.remove(bestVisit));
    }
  }
}
