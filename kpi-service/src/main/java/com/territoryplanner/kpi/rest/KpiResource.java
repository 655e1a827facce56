package com.territoryplanner.kpi.rest;

import com.territoryplanner.kpi.domain.TerritoryBookings;
import com.territoryplanner.kpi.service.RollupService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/kpis")
@Tag(name = "KPIs", description = "Closed-won bookings rolled up from opportunities and owners")
@Produces(MediaType.APPLICATION_JSON)
public class KpiResource {

  private final RollupService rollups;

  KpiResource(RollupService rollups) {
    this.rollups = rollups;
  }

  @GET
  @Operation(
      summary = "Closed-won bookings and won deals per territory and currency",
      description =
          "A won opportunity counts for the territory that owns its account now, in its own"
              + " currency; currencies are never added together. Figures trail events by about a"
              + " second.")
  public List<TerritoryBookings> kpis(
      @Parameter(
              description = "How to group the figures; only 'territory' is supported",
              required = true)
          @QueryParam("groupBy")
          String groupBy) {
    return rollups.kpis(groupBy);
  }
}
