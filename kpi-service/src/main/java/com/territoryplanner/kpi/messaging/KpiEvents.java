package com.territoryplanner.kpi.messaging;

import com.territoryplanner.contracts.KpiRollupEvent;
import com.territoryplanner.contracts.Topics;
import com.territoryplanner.kpi.domain.TerritoryBookings;
import com.territoryplanner.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** The events the KPI service publishes, written to the outbox in the caller's transaction. */
@ApplicationScoped
public class KpiEvents {

  private final Outbox outbox;

  KpiEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  public void bookingsRolledUp(TerritoryBookings rollup, Instant at) {
    outbox.append(
        Topics.KPI_ROLLUPS,
        new KpiRollupEvent(
            UUID.randomUUID(),
            KpiRollupEvent.BOOKINGS_ROLLED_UP,
            at,
            KpiRollupEvent.SCHEMA_VERSION,
            rollup.territoryId(),
            rollup.territoryName(),
            rollup.currency(),
            rollup.bookings(),
            rollup.wonDeals()));
  }
}
