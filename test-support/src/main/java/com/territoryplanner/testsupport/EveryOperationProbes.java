package com.territoryplanner.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The bad-input probes every service runs over all of its operations, as its OpenAPI document
 * declares them. A service's {@code BadInputTest} extends this and adds the checks that need its
 * own data (that a refused write stored nothing).
 */
public abstract class EveryOperationProbes {

  @Test
  void noBadBodyToAnyJsonOperationIsA500() {
    assertThat(BadJsonBodies.serverFailuresOfEveryJsonOperation(3)).isEmpty();
  }

  @Test
  void aQueryParameterThatCannotBeReadIsA400NamingIt() {
    assertThat(QueryParameterProbe.failures()).isEmpty();
  }
}
