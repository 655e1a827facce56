package com.territoryplanner.segmentation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.territoryplanner.segmentation.domain.PotentialParts.Basis;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PotentialModelTest {

  @Test
  void revenueBasisTimesSectorPropensity() {
    // 90,000,000 × 0.2 % = 180,000.00; NAICS 5112 → sector 51 (information) × 1.5 = 270,000.00
    Segmentation s =
        PotentialModel.STANDARD.assess(
            new AccountProfile("5112", 5000, new BigDecimal("90000000"), "USD"),
            BigDecimal.ZERO,
            null,
            null);

    assertThat(s.potential()).isEqualByComparingTo("270000.00");
    assertThat(s.potential().scale()).isEqualTo(2);
    assertThat(s.currency()).isEqualTo("USD");
    assertThat(s.sizeTier()).isEqualTo(SizeTier.ENTERPRISE);
    assertThat(s.modelVersion()).isEqualTo("potential-v4");
    assertThat(s.parts().basis()).isEqualTo(Basis.REVENUE);
    assertThat(s.parts().base()).isEqualByComparingTo("180000.00");
    assertThat(s.parts().rate()).isEqualByComparingTo("0.002");
    assertThat(s.parts().sector()).isEqualTo("51");
    assertThat(s.parts().propensity()).isEqualByComparingTo("1.5");
  }

  @Test
  void employeesBasisWhenRevenueIsMissingAndUnlistedSectorCountsOne() {
    // 120 × 500 = 60,000.00; sector 33 is not listed → × 1.0
    Segmentation s =
        PotentialModel.STANDARD.assess(
            new AccountProfile("3341", 120, null, "EUR"), BigDecimal.ZERO, null, null);

    assertThat(s.parts().basis()).isEqualTo(Basis.EMPLOYEES);
    assertThat(s.parts().base()).isEqualByComparingTo("60000.00");
    assertThat(s.parts().rate()).isEqualByComparingTo("500");
    assertThat(s.parts().sector()).isEqualTo("33");
    assertThat(s.parts().propensity()).isEqualByComparingTo("1.0");
    assertThat(s.potential()).isEqualByComparingTo("60000.00");
    assertThat(s.currency()).isEqualTo("EUR");
    assertThat(s.sizeTier()).isEqualTo(SizeTier.MID_MARKET);
  }

  @Test
  void roundsHalfUpToCentsAtEachStep() {
    // 1,234,567.89 × 0.002 = 2,469.13578 → 2,469.14; sector 72 × 0.6 = 1,481.484 → 1,481.48
    Segmentation s =
        PotentialModel.STANDARD.assess(
            new AccountProfile("722511", 12, new BigDecimal("1234567.89"), "gbp"),
            BigDecimal.ZERO,
            null,
            null);

    assertThat(s.parts().base()).isEqualByComparingTo("2469.14");
    assertThat(s.potential()).isEqualByComparingTo("1481.48");
    assertThat(s.currency()).isEqualTo("GBP");
    assertThat(s.sizeTier()).isEqualTo(SizeTier.SMB);
  }

  @Test
  void zeroRevenueCountsAsMissing() {
    // revenue 0 → employees basis: 40 × 500 = 20,000.00; sector 52 × 1.4 = 28,000.00
    Segmentation s =
        PotentialModel.STANDARD.assess(
            new AccountProfile("5221", 40, BigDecimal.ZERO, "USD"), BigDecimal.ZERO, null, null);

    assertThat(s.parts().basis()).isEqualTo(Basis.EMPLOYEES);
    assertThat(s.potential()).isEqualByComparingTo("28000.00");
  }

  @Test
  void nothingKnownIsZeroPotentialSmbInTheDefaultCurrency() {
    Segmentation s =
        PotentialModel.STANDARD.assess(
            new AccountProfile(null, null, null, null), BigDecimal.ZERO, null, null);

    assertThat(s.parts().basis()).isEqualTo(Basis.NONE);
    assertThat(s.potential()).isEqualByComparingTo("0");
    assertThat(s.parts().sector()).isNull();
    assertThat(s.parts().propensity()).isEqualByComparingTo("1");
    assertThat(s.currency()).isEqualTo("USD");
    assertThat(s.sizeTier()).isEqualTo(SizeTier.SMB);
  }

  @Test
  void sectorIsTheFirstTwoDigitsOfAUsableNaicsCode() {
    assertThat(PotentialModel.sector(" 52")).isEqualTo("52");
    assertThat(PotentialModel.sector("541511")).isEqualTo("54");
    assertThat(PotentialModel.sector("5")).isNull();
    assertThat(PotentialModel.sector("ab12")).isNull();
    assertThat(PotentialModel.sector(null)).isNull();
  }

  @Test
  void onlyPotentialTierOrCurrencyArePublishableChanges() {
    Segmentation s =
        PotentialModel.STANDARD.assess(
            new AccountProfile("5112", 5000, new BigDecimal("9E7"), "USD"),
            BigDecimal.ZERO,
            null,
            null);

    assertThat(s.isPublishableChangeFrom(SizeTier.ENTERPRISE, new BigDecimal("270000"), "USD"))
        .isFalse();
    assertThat(s.isPublishableChangeFrom(SizeTier.MID_MARKET, new BigDecimal("270000"), "USD"))
        .isTrue();
    assertThat(s.isPublishableChangeFrom(SizeTier.ENTERPRISE, new BigDecimal("270000.01"), "USD"))
        .isTrue();
    assertThat(s.isPublishableChangeFrom(SizeTier.ENTERPRISE, new BigDecimal("270000"), "EUR"))
        .isTrue();
    assertThat(s.isPublishableChangeFrom(null, null, null)).isTrue();
  }

  @Test
  void thePotentialIsTheWhiteSpaceLeftAfterWhatTheAccountAlreadyBuys() {
    AccountProfile acme = new AccountProfile("5112", 5000, new BigDecimal("90000000"), "USD");

    // expected 90,000,000 × 0.2 % × 1.5 = 270,000
    Segmentation partly =
        PotentialModel.STANDARD.assess(acme, new BigDecimal("100000"), null, null);
    Segmentation fully = PotentialModel.STANDARD.assess(acme, new BigDecimal("300000"), null, null);

    assertThat(partly.potential()).isEqualByComparingTo("170000.00");
    assertThat(partly.parts().expected()).isEqualByComparingTo("270000.00");
    assertThat(partly.parts().currentSpend()).isEqualByComparingTo("100000");
    assertThat(fully.potential()).isEqualByComparingTo("0");
  }

  @Test
  void competitorsNearbyDiscountTheExpectedSpendBeforeWhatIsAlreadyBought() {
    AccountProfile acme = new AccountProfile("5112", 5000, new BigDecimal("90000000"), "USD");

    // 270,000 × 1 / (1 + 0.1 × 4) = 270,000 × 0.7143 = 192,861.00; less 100,000 bought
    Segmentation crowded = PotentialModel.STANDARD.assess(acme, new BigDecimal("100000"), 4, null);
    Segmentation alone = PotentialModel.STANDARD.assess(acme, BigDecimal.ZERO, 0, null);

    assertThat(crowded.parts().competitorsNearby()).isEqualTo(4);
    assertThat(crowded.parts().saturation()).isEqualByComparingTo("0.7143");
    assertThat(crowded.parts().expected()).isEqualByComparingTo("192861.00");
    assertThat(crowded.potential()).isEqualByComparingTo("92861.00");
    assertThat(alone.parts().saturation()).isEqualByComparingTo("1");
    assertThat(alone.potential()).isEqualByComparingTo("270000.00");
  }

  @Test
  void regionalGrowthScalesTheExpectedSpendWithinBounds() {
    AccountProfile acme = new AccountProfile("5112", 5000, new BigDecimal("90000000"), "USD");
    RegionalGrowth growing =
        new RegionalGrowth("US:10001", "gdp_growth", "2025", new BigDecimal("4"));

    // 270,000 × 1.04 = 280,800; with 2 competitors nearby × 0.8333 = 233,990.64
    Segmentation grown = PotentialModel.STANDARD.assess(acme, BigDecimal.ZERO, null, growing);
    Segmentation both = PotentialModel.STANDARD.assess(acme, BigDecimal.ZERO, 2, growing);

    assertThat(grown.parts().growth()).isEqualByComparingTo("1.04");
    assertThat(grown.parts().growthRegion()).isEqualTo("US:10001");
    assertThat(grown.parts().growthPeriod()).isEqualTo("2025");
    assertThat(grown.potential()).isEqualByComparingTo("280800.00");
    assertThat(both.potential()).isEqualByComparingTo("233990.64");
    assertThat(new RegionalGrowth("XX", "gdp_growth", "2025", new BigDecimal("-80")).factor())
        .isEqualByComparingTo("0.5");
    assertThat(new RegionalGrowth("XX", "gdp_growth", "2025", new BigDecimal("75")).factor())
        .isEqualByComparingTo("1.5");
    assertThat(RegionalGrowth.regionsOf("us", "10001")).containsExactly("US:10001", "US");
    assertThat(RegionalGrowth.regionsOf(null, "10001")).isEmpty();
  }

  @Test
  void aCompanysOwnNumbersReplaceTheStandardOnesAndTheirPartsShowThem() {
    PotentialModel own =
        new PotentialModel(
            new BigDecimal("0.003"),
            new BigDecimal("800"),
            Map.of("51", new BigDecimal("2.0")),
            new BigDecimal("0.25"));
    AccountProfile acme = new AccountProfile("5112", 5000, new BigDecimal("90000000"), "USD");

    // 90,000,000 × 0.3 % × 2.0 × 1 / (1 + 0.25 × 2) = 540,000 × 0.6667 = 360,018.00
    Segmentation assessed = own.assess(acme, BigDecimal.ZERO, 2, null);

    assertThat(assessed.parts().rate()).isEqualByComparingTo("0.003");
    assertThat(assessed.parts().propensity()).isEqualByComparingTo("2.0");
    assertThat(assessed.parts().saturation()).isEqualByComparingTo("0.6667");
    assertThat(assessed.potential()).isEqualByComparingTo("360018.00");
    assertThat(
            own.assess(new AccountProfile("2361", 10, null, "USD"), BigDecimal.ZERO, null, null)
                .potential())
        .as("a sector the company did not list keeps propensity 1.0")
        .isEqualByComparingTo("8000.00");
  }
}
