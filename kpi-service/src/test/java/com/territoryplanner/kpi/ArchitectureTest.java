package com.territoryplanner.kpi;

import com.territoryplanner.testsupport.CleanDomainRule;
import com.territoryplanner.testsupport.EndpointRolesRule;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  @Test
  void domainStaysPlainJava() {
    CleanDomainRule.check("com.territoryplanner.kpi");
  }

  @Test
  void everyEndpointNamesItsRoles() {
    EndpointRolesRule.check("com.territoryplanner.kpi");
  }
}
