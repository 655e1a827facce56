package com.territoryplanner.segmentation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SizeTierTest {

  @Test
  void employeeBands() {
    assertThat(SizeTier.classify(99, null)).isEqualTo(SizeTier.SMB);
    assertThat(SizeTier.classify(100, null)).isEqualTo(SizeTier.MID_MARKET);
    assertThat(SizeTier.classify(999, null)).isEqualTo(SizeTier.MID_MARKET);
    assertThat(SizeTier.classify(1000, null)).isEqualTo(SizeTier.ENTERPRISE);
  }

  @Test
  void revenueBands() {
    assertThat(SizeTier.classify(null, new BigDecimal("49999999.99"))).isEqualTo(SizeTier.SMB);
    assertThat(SizeTier.classify(null, new BigDecimal("50000000"))).isEqualTo(SizeTier.MID_MARKET);
    assertThat(SizeTier.classify(null, new BigDecimal("999999999.99")))
        .isEqualTo(SizeTier.MID_MARKET);
    assertThat(SizeTier.classify(null, new BigDecimal("1E9"))).isEqualTo(SizeTier.ENTERPRISE);
  }

  @Test
  void theHigherBandOfTheTwoFiguresWins() {
    assertThat(SizeTier.classify(5, new BigDecimal("2000000000"))).isEqualTo(SizeTier.ENTERPRISE);
    assertThat(SizeTier.classify(1500, new BigDecimal("1000"))).isEqualTo(SizeTier.ENTERPRISE);
    assertThat(SizeTier.classify(150, new BigDecimal("1000"))).isEqualTo(SizeTier.MID_MARKET);
  }

  @Test
  void noFiguresAtAllIsSmb() {
    assertThat(SizeTier.classify(null, null)).isEqualTo(SizeTier.SMB);
  }
}
