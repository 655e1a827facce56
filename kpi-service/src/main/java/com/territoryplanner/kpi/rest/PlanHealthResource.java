package com.territoryplanner.kpi.rest;

import com.territoryplanner.kpi.domain.BalanceHealth;
import com.territoryplanner.kpi.domain.BalanceTolerance;
import com.territoryplanner.kpi.service.BalanceHealthService;
import com.territoryplanner.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plans/{planId}/health")
@Tag(name = "Balance health", description = "How evenly a plan's territories stay balanced")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class PlanHealthResource {

  /** Tolerances to set; a missing one keeps its value. */
  public record PolicyRequest(
      @Schema(description = "Potential: largest deviation from the mean, as a share of it")
          Double potentialTolerance,
      @Schema(description = "Workload (accounts per territory), the same way")
          Double workloadTolerance,
      @Schema(description = "Year-to-date quota attainment, the same way")
          Double attainmentTolerance) {}

  private final BalanceHealthService health;

  PlanHealthResource(BalanceHealthService health) {
    this.health = health;
  }

  @POST
  @RolesAllowed(Roles.PLANNER)
  @Operation(
      summary = "Measure the plan's balance now",
      description =
          "For each balanced metric over the plan's territories (the accounts the plan gives each):"
              + " potential (segments.v1, in the quota's currency or the one most accounts have),"
              + " workload (accounts) and year-to-date quota attainment (bookings / quota from"
              + " January through this month; only with a quota for this year). spread ="
              + " max |territory - mean| / mean, the index a tolerance bounds; variation ="
              + " standard deviation / mean. The measurement is kept. When it is out of tolerance"
              + " and the plan's previous one was not, a DRIFT review opens (unless one is open)"
              + " and plan-review.v1 carries it. The service measures every current plan every"
              + " kpi.reviews.interval (1 hour) as well.")
  public BalanceHealth measure(@PathParam("planId") UUID planId) {
    return health.measure(planId);
  }

  @GET
  @Path("/current")
  @Operation(
      summary = "The plan's balance now, neither kept nor acted on",
      description = "The same figures as a measurement (POST), for a live view.")
  public BalanceHealth current(@PathParam("planId") UUID planId) {
    return health.current(planId);
  }

  @GET
  @Operation(
      summary = "The plan's balance over time: its imbalance index per measurement",
      description = "Oldest first, without the territories' figures; at most 5,000 measurements.")
  public List<BalanceHealth> history(
      @PathParam("planId") UUID planId,
      @Parameter(description = "A date or an ISO-8601 instant (default: a year before 'to')")
          @QueryParam("from")
          String from,
      @Parameter(description = "A date (inclusive) or an ISO-8601 instant (default: now)")
          @QueryParam("to")
          String to) {
    return health.history(planId, from, to);
  }

  @GET
  @Path("/policy")
  @Operation(summary = "The plan's balance tolerances (kpi.health.* until set)")
  public BalanceTolerance policy(@PathParam("planId") UUID planId) {
    return health.policy(planId);
  }

  @PUT
  @RolesAllowed(Roles.PLANNER)
  @Path("/policy")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set the plan's balance tolerances")
  public BalanceTolerance setPolicy(@PathParam("planId") UUID planId, PolicyRequest request) {
    PolicyRequest body = request == null ? new PolicyRequest(null, null, null) : request;
    return health.setPolicy(
        planId, body.potentialTolerance(), body.workloadTolerance(), body.attainmentTolerance());
  }
}
