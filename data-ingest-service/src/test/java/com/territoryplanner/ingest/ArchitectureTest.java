package com.territoryplanner.ingest;

import com.territoryplanner.testsupport.CleanDomainRule;
import com.territoryplanner.testsupport.EndpointRolesRule;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  @Test
  void domainStaysPlainJava() {
    CleanDomainRule.check("com.territoryplanner.ingest");
  }

  @Test
  void everyEndpointNamesItsRoles() {
    EndpointRolesRule.check("com.territoryplanner.ingest");
  }
}
