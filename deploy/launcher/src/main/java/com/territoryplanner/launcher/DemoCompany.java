package com.territoryplanner.launcher;

import com.territoryplanner.launcher.UsPopulation.PostalArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A realistic synthetic company: accounts spread over real US postal codes in proportion to where
 * people live, reps based where people live, and two years of deals. Deterministic for a seed.
 */
public record DemoCompany(String accountsCsv, String opportunitiesCsv, List<Rep> reps) {

  public record Rep(String name, String email, double latitude, double longitude) {}

  private record Sector(String naics, double revenuePerEmployee, double weight) {}

  private static final List<Sector> SECTORS =
      List.of(
          new Sector("541511", 180_000, 12),
          new Sector("511210", 320_000, 6),
          new Sector("522110", 400_000, 5),
          new Sector("621111", 150_000, 9),
          new Sector("332710", 210_000, 8),
          new Sector("423430", 900_000, 5),
          new Sector("236220", 350_000, 7),
          new Sector("484121", 200_000, 6),
          new Sector("722511", 60_000, 12),
          new Sector("531120", 450_000, 6),
          new Sector("445110", 250_000, 8),
          new Sector("325412", 600_000, 3));
  private static final String[] FIRST = {
    "Northwind",
    "Blue",
    "Summit",
    "Pioneer",
    "Granite",
    "Harbor",
    "Cedar",
    "Evergreen",
    "Atlas",
    "Keystone",
    "Silver",
    "Prairie",
    "Redwood",
    "Liberty",
    "Beacon",
    "Frontier",
    "Lakeside",
    "Ironwood",
    "Union",
    "Sterling"
  };
  private static final String[] SECOND = {
    "Logistics", "Health", "Systems", "Foods", "Builders", "Partners", "Analytics", "Supply",
    "Manufacturing", "Labs", "Realty", "Bank", "Software", "Transport", "Markets", "Works"
  };
  private static final String[] SUFFIX = {"Inc", "LLC", "Co", "Group", "Corp"};
  private static final String[] REP_FIRST = {
    "Avery", "Jordan", "Riley", "Morgan", "Casey", "Taylor", "Quinn", "Reese", "Skyler", "Rowan",
    "Emerson", "Hayden", "Parker", "Drew", "Logan", "Sage"
  };
  private static final String[] REP_LAST = {
    "Garcia", "Nguyen", "Smith", "Patel", "Johnson", "Kim", "Brown", "Lopez", "Miller", "Chen",
    "Davis", "Wilson", "Martin", "Clark", "Lewis", "Young"
  };

  public static DemoCompany generate(
      List<PostalArea> areas, int accountCount, int repCount, long seed, LocalDate today) {
    Random random = new Random(seed);
    WeightedChoice<PostalArea> byPeople = new WeightedChoice<>(areas, PostalArea::people);
    WeightedChoice<Sector> bySector = new WeightedChoice<>(SECTORS, Sector::weight);
    StringBuilder accounts =
        new StringBuilder(
            "id,name,postal_code,country,lat,lon,naics,employees,annual_revenue,currency\n");
    StringBuilder deals =
        new StringBuilder("id,account_id,stage,amount,currency,close_date,is_closed,is_won\n");
    int dealNumber = 0;
    for (int i = 1; i <= accountCount; i++) {
      PostalArea area = byPeople.pick(random);
      Sector sector = bySector.pick(random);
      int employees =
          (int)
              Math.min(
                  50_000, Math.max(1, Math.round(Math.exp(3.2 + 1.5 * random.nextGaussian()))));
      long revenue =
          Math.round(employees * sector.revenuePerEmployee() * (0.6 + 0.8 * random.nextDouble()));
      String id = String.format("ACC-%05d", i);
      accounts
          .append(id)
          .append(',')
          .append(csv(companyName(random)))
          .append(',')
          .append(area.postalCode())
          .append(",US,")
          .append(String.format("%.5f,%.5f", area.latitude(), area.longitude()))
          .append(',')
          .append(sector.naics())
          .append(',')
          .append(employees)
          .append(',')
          .append(revenue)
          .append(",USD\n");
      int dealCount = (int) Math.round(Math.max(0, 2.5 + 1.5 * random.nextGaussian()));
      for (int d = 0; d < dealCount; d++) {
        LocalDate close = today.minusDays(random.nextInt(730)).plusDays(90);
        boolean closed = close.isBefore(today) && random.nextDouble() < 0.9;
        boolean won = closed && random.nextDouble() < 0.35;
        long amount =
            Math.max(1_000, Math.round(revenue * 0.0008 * Math.exp(0.5 * random.nextGaussian())));
        String stage = won ? "Closed Won" : closed ? "Closed Lost" : "Proposal";
        deals
            .append(String.format("OPP-%06d", ++dealNumber))
            .append(',')
            .append(id)
            .append(',')
            .append(stage)
            .append(',')
            .append(amount)
            .append(",USD,")
            .append(close)
            .append(',')
            .append(closed)
            .append(',')
            .append(won)
            .append('\n');
      }
    }
    // Distinct rep names, so that the balance table and the KPI rows can be told apart.
    List<String> names = new ArrayList<>();
    for (String first : REP_FIRST) {
      for (String last : REP_LAST) {
        names.add(first + " " + last);
      }
    }
    Collections.shuffle(names, random);
    List<Rep> reps = new ArrayList<>();
    for (int r = 0; r < repCount; r++) {
      PostalArea home = byPeople.pick(random);
      String name =
          names.get(r % names.size()) + (r < names.size() ? "" : " " + (r / names.size() + 1));
      reps.add(
          new Rep(
              name,
              name.toLowerCase().replace(' ', '.') + r + "@demo.example",
              home.latitude(),
              home.longitude()));
    }
    return new DemoCompany(accounts.toString(), deals.toString(), reps);
  }

  private static String companyName(Random random) {
    return FIRST[random.nextInt(FIRST.length)]
        + " "
        + SECOND[random.nextInt(SECOND.length)]
        + ", "
        + SUFFIX[random.nextInt(SUFFIX.length)];
  }

  private static String csv(String value) {
    return value.contains(",") || value.contains("\"")
        ? '"' + value.replace("\"", "\"\"") + '"'
        : value;
  }

  /** Picks items with probability proportional to their weight. */
  private static final class WeightedChoice<T> {
    private final List<T> items;
    private final double[] cumulative;

    WeightedChoice(List<T> items, java.util.function.ToDoubleFunction<T> weight) {
      this.items = items;
      this.cumulative = new double[items.size()];
      double sum = 0;
      for (int i = 0; i < items.size(); i++) {
        sum += weight.applyAsDouble(items.get(i));
        cumulative[i] = sum;
      }
    }

    T pick(Random random) {
      int index =
          java.util.Arrays.binarySearch(
              cumulative, random.nextDouble() * cumulative[cumulative.length - 1]);
      return items.get(index >= 0 ? index : -index - 1);
    }
  }
}
