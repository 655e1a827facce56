package com.territoryplanner.balancing.rest;

import com.territoryplanner.balancing.domain.RouteRequest;
import com.territoryplanner.balancing.domain.RouteView;
import com.territoryplanner.balancing.service.RouteService;
import com.territoryplanner.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reps/{repId}/routes")
@Tag(name = "Routes", description = "Which accounts a rep visits, and in which order")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class RouteResource {

  private final RouteService routes;

  RouteResource(RouteService routes) {
    this.routes = routes;
  }

  @POST
  @Operation(
      summary = "Plan a rep's visits for a day or a week",
      description =
          "Chooses which accounts of the rep's territory (in the active plan, or planId) to visit"
              + " on each day and in which order, leaving from the home base at dayStart and back"
              + " by dayEnd, each visit starting within its window. The most valuable visits are"
              + " made first, then driving is kept short. An account's value adds three parts:"
              + " potential (against the highest among the candidates), how long since its last"
              + " visit (a meeting or visit among activities.v1; due in full after revisitDays or"
              + " when never visited) and its open opportunities (up to 3); each is 0 to 100 times"
              + " its weight. Driving is estimated from straight lines times roadFactor at"
              + " speedKmh. Nothing is stored. 404 when the rep or plan does not exist; 409 when"
              + " no plan is active or the rep holds no territory in the plan.")
  public RouteView route(@PathParam("repId") UUID repId, @Valid @NotNull RouteRequest request) {
    return routes.route(repId, request);
  }
}
