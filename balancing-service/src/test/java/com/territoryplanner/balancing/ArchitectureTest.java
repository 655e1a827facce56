package com.territoryplanner.balancing;

import com.territoryplanner.testsupport.CleanDomainRule;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  @Test
  void domainAndEngineStayPlainJava() {
    CleanDomainRule.check("com.territoryplanner.balancing");
  }
}
