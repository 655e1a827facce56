package com.territoryplanner.balancing;

import com.territoryplanner.testsupport.RealInfrastructure;
import com.territoryplanner.testsupport.StoredOpenApiContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class ContractTest {

  @Test
  void storedOpenApiMatchesTheCode() throws Exception {
    StoredOpenApiContract.assertServiceMatchesStoredSpec("balancing-service");
  }
}
