package com.territoryplanner.segmentation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FirmographicCountTest {

  @Test
  void theMarketIsTheCompaniesTimesThePotentialOfTheirAverageCompany() {
    // 40 software companies with 400,000,000 revenue: the average has 10,000,000,
    // potential 10,000,000 × 0.2 % × 1.5 = 30,000; × 40 = 1,200,000
    FirmographicCount software =
        new FirmographicCount(
            "US", "10001", "5112", 40, 800L, new BigDecimal("400000000"), "USD", null, null);
    // 10 construction firms with 50 employees: the average has 5, 5 × 500 × 0.7 = 1,750; × 10
    FirmographicCount builders =
        new FirmographicCount("US", "10001", "2361", 10, 50L, null, "USD", null, null);

    assertThat(software.addressableMarket(PotentialModel.STANDARD)).isEqualByComparingTo("1200000");
    assertThat(builders.addressableMarket(PotentialModel.STANDARD)).isEqualByComparingTo("17500");
    assertThat(
            new FirmographicCount("US", "1", "51", 0, null, null, "USD", null, null)
                .addressableMarket(PotentialModel.STANDARD))
        .isEqualByComparingTo("0");
  }
}
