package com.territoryplanner.kpi;

import com.territoryplanner.testsupport.CleanDomainRule;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  @Test
  void domainStaysPlainJava() {
    CleanDomainRule.check("com.territoryplanner.kpi");
  }
}
