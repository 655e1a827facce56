package com.territoryplanner.segmentation.domain.tree;

import static com.territoryplanner.segmentation.domain.tree.Accounts.at;
import static com.territoryplanner.segmentation.domain.tree.Accounts.inIndustry;
import static com.territoryplanner.segmentation.domain.tree.Accounts.inPostalCode;
import static com.territoryplanner.segmentation.domain.tree.Accounts.owning;
import static com.territoryplanner.segmentation.domain.tree.Accounts.sized;
import static com.territoryplanner.segmentation.domain.tree.Accounts.unplaced;
import static com.territoryplanner.segmentation.domain.tree.Accounts.withPotential;
import static org.assertj.core.api.Assertions.assertThat;

import com.territoryplanner.platform.geo.AreaGeometry;
import com.territoryplanner.segmentation.domain.tree.SizeBands.SizeBand;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CriteriaTest {

  @Test
  void postalCodesMatchExactCodesAndPrefixesIgnoringSpacesAndCase() {
    PostalCodes codes = PostalCodes.of(List.of("sw1a 1aa", "021*"));

    assertThat(codes.matches(inPostalCode("GB", "SW1A1AA"))).isTrue();
    assertThat(codes.matches(inPostalCode("US", "02139"))).isTrue();
    assertThat(codes.matches(inPostalCode("US", "03101"))).isFalse();
    assertThat(codes.matches(inPostalCode("US", null))).isFalse();
    assertThat(codes.describe()).isEqualTo("postal code in SW1A1AA, 021*");
    assertThat(codes.observed(inPostalCode("US", null))).isEqualTo("no postal code");
  }

  @Test
  void countriesMatchTheIsoCodeWhateverItsCase() {
    Countries countries = new Countries(Set.of("US", "CA"));

    assertThat(countries.matches(inPostalCode("ca", "H2X"))).isTrue();
    assertThat(countries.matches(inPostalCode("MX", "01000"))).isFalse();
    assertThat(countries.matches(inPostalCode(null, "01000"))).isFalse();
    assertThat(countries.describe()).isEqualTo("country CA or US");
  }

  @Test
  void anAreaHoldsThePointsInsideItAndOnItsBorderButNotOutsideOrUnplaced() {
    Area square = new Area(AreaGeometry.read("POLYGON ((-72 41, -70 41, -70 43, -72 43, -72 41))"));

    assertThat(square.matches(at(42.36, -71.06))).isTrue();
    assertThat(square.matches(at(41, -71))).isTrue();
    assertThat(square.matches(at(40.71, -74.0))).isFalse();
    assertThat(square.matches(unplaced())).isFalse();
    assertThat(square.observed(unplaced())).isEqualTo("no location");
  }

  @Test
  void aHubHoldsAccountsWithinItsGreatCircleRadius() {
    // Boston to Providence is about 67 km, Boston to New York about 306 km (great circle)
    Hub boston = new Hub("Boston", 42.3601, -71.0589, 80);

    assertThat(boston.matches(at(41.824, -71.4128))).isTrue();
    assertThat(boston.matches(at(40.7128, -74.006))).isFalse();
    assertThat(boston.matches(unplaced())).isFalse();
    assertThat(boston.observed(at(40.7128, -74.006))).isEqualTo("306.1 km away");
    assertThat(boston.describe()).isEqualTo("within 80.0 km of Boston at 42.3601, -71.0589");
  }

  @Test
  void industryCodesMatchByPrefixOfTheirOwnScheme() {
    IndustryCodes software = new IndustryCodes(IndustryCodes.Scheme.NAICS, List.of("5112", "5415"));
    IndustryCodes services = new IndustryCodes(IndustryCodes.Scheme.SIC, List.of("73"));

    assertThat(software.matches(inIndustry("541511", "7371"))).isTrue();
    assertThat(software.matches(inIndustry("5413", "7371"))).isFalse();
    assertThat(software.matches(inIndustry(null, "7371"))).isFalse();
    assertThat(services.matches(inIndustry(null, "7371"))).isTrue();
    assertThat(services.observed(inIndustry("5415", null))).isEqualTo("no SIC code");
  }

  @Test
  void sizeTiersUseTheModelsBandsWhicheverFigureReachesHigher() {
    SizeBands bands =
        new SizeBands(
            List.of(
                new SizeBand("Small", null, null),
                new SizeBand("Large", 500, new BigDecimal("100000000"))));
    SizeTiers large = new SizeTiers(bands, Set.of("Large"));

    assertThat(large.matches(sized(500, null))).isTrue();
    assertThat(large.matches(sized(10, "100000000"))).isTrue();
    assertThat(large.matches(sized(499, "99999999.99"))).isFalse();
    assertThat(large.matches(sized(null, null))).isFalse();
    assertThat(new SizeTiers(bands, Set.of("Small")).matches(sized(null, null))).isTrue();
  }

  @Test
  void theStandardBandsAreTheSizeTiersOfThePotentialModel() {
    assertThat(SizeBands.STANDARD.bandOf(99, new BigDecimal("49999999"))).isEqualTo("SMB");
    assertThat(SizeBands.STANDARD.bandOf(100, null)).isEqualTo("MID_MARKET");
    assertThat(SizeBands.STANDARD.bandOf(5, new BigDecimal("1000000000"))).isEqualTo("ENTERPRISE");
  }

  @Test
  void productLinesOwnedOrLackedFindCustomersAndWhiteSpace() {
    ProductLines ownsCloud = new ProductLines(Set.of("Cloud", "Edge"), true);
    ProductLines lacksCloud = new ProductLines(Set.of("Cloud"), false);

    assertThat(ownsCloud.matches(owning("Edge", "Support"))).isTrue();
    assertThat(ownsCloud.matches(owning("Support"))).isFalse();
    assertThat(lacksCloud.matches(owning("Support"))).isTrue();
    assertThat(lacksCloud.matches(owning())).isTrue();
    assertThat(lacksCloud.matches(owning("Cloud"))).isFalse();
    assertThat(lacksCloud.observed(owning("Support", "Edge"))).isEqualTo("bought Edge, Support");
  }

  @Test
  void aPotentialBandIncludesItsMinimumAndExcludesItsMaximum() {
    PotentialBand mid = new PotentialBand(new BigDecimal("10000"), new BigDecimal("50000"));
    PotentialBand high = new PotentialBand(new BigDecimal("50000"), null);

    assertThat(mid.matches(withPotential("10000"))).isTrue();
    assertThat(mid.matches(withPotential("49999.99"))).isTrue();
    assertThat(mid.matches(withPotential("50000"))).isFalse();
    assertThat(high.matches(withPotential("50000.00"))).isTrue();
    assertThat(high.matches(withPotential(null))).isFalse();
    assertThat(mid.describe()).isEqualTo("potential from 10000 up to 50000");
  }
}
