package com.territoryplanner.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.territoryplanner.launcher.UsPopulation.PostalArea;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoCompanyTest {

  private static final List<PostalArea> AREAS =
      List.of(
          new PostalArea("10001", 40.75, -73.99, 900_000),
          new PostalArea("59001", 45.5, -109.5, 100_000));
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  @Test
  void placesAccountsInProportionToPeople() {
    List<String> rows =
        DemoCompany.generate(AREAS, 4000, 3, 7, TODAY).accountsCsv().lines().skip(1).toList();

    double share = rows.stream().filter(row -> row.contains(",10001,US,")).count() / 4000.0;
    assertThat(rows).hasSize(4000);
    assertThat(share).isCloseTo(0.9, within(0.02));
  }

  @Test
  void isTheSameCompanyForTheSameSeed() {
    assertThat(DemoCompany.generate(AREAS, 200, 5, 11, TODAY))
        .isEqualTo(DemoCompany.generate(AREAS, 200, 5, 11, TODAY));
  }

  @Test
  void dealsAreWonOnlyWhenClosedInThePast() {
    List<String[]> deals =
        DemoCompany.generate(AREAS, 500, 3, 3, TODAY)
            .opportunitiesCsv()
            .lines()
            .skip(1)
            .map(line -> line.split(","))
            .toList();

    assertThat(deals).isNotEmpty();
    assertThat(deals)
        .filteredOn(deal -> deal[7].equals("true"))
        .isNotEmpty()
        .allSatisfy(
            deal -> {
              assertThat(deal[6]).isEqualTo("true");
              assertThat(LocalDate.parse(deal[5])).isBefore(TODAY);
            });
  }
}
