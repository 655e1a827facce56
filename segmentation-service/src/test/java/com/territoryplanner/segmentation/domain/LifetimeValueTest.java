package com.territoryplanner.segmentation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.territoryplanner.segmentation.domain.AccountFeatures.ProductPenetration;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LifetimeValueTest {

  @Test
  void aYearlyMarginIsWorthItsRetainedAndDiscountedYears() {
    // 0.85 / (1 + 0.10 - 0.85) = 3.4 years; 0.5 / (1 + 0 - 0.5) = 1 year
    assertThat(new LifetimeValue(0.85, 0.10).of(new BigDecimal("2200")))
        .isEqualByComparingTo("7480");
    assertThat(new LifetimeValue(0.5, 0).of(new BigDecimal("100.005"))).isEqualTo("100.01");
    assertThat(new LifetimeValue(0.85, 0.10).of(null)).isNull();
    assertThatThrownBy(() -> new LifetimeValue(1.0, 0.1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void whiteSpaceIsWhatOthersBoughtAndThisAccountDidNot() {
    ProductPenetration products =
        ProductPenetration.of(List.of("Support"), List.of("Licences", "Support", "Training"));

    assertThat(products.whiteSpace()).containsExactly("Licences", "Training");
    assertThat(products.share()).isEqualTo(1 / 3.0);
    assertThat(ProductPenetration.of(List.of(), List.of()).share()).isNull();
  }
}
