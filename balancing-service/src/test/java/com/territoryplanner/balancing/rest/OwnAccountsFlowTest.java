package com.territoryplanner.balancing.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A flow test that plans over its own accounts only. A plan covers the whole planning copy, so the
 * copy is emptied before and after each test; names start with a prefix of the test's own.
 */
abstract class OwnAccountsFlowTest {

  @Inject ObjectMapper json;

  final String prefix = UUID.randomUUID().toString().substring(0, 8) + "-";

  @BeforeEach
  @AfterEach
  void ownAccountsOnly() throws Exception {
    PlanningApi.clearPlanningCopy();
  }
}
