package com.territoryplanner.balancing.rest;

import com.territoryplanner.balancing.domain.AssignmentConflict;
import com.territoryplanner.balancing.service.LiveAssignmentService;
import com.territoryplanner.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plans/{planId}/conflicts")
@Tag(name = "Plans")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class PlanConflictResource {

  private final LiveAssignmentService liveAssignments;

  PlanConflictResource(LiveAssignmentService liveAssignments) {
    this.liveAssignments = liveAssignments;
  }

  @GET
  @Operation(
      summary = "Accounts that two rules of the plan claimed, newest first",
      description =
          "When live assignment places an account that a planner's lock and a specialist rule"
              + " (or two such rules) would give to different territories, the first rule in"
              + " precedence wins and the other is recorded here, with the account and the"
              + " territory it went to. limit: 1 to 1000, default 100.")
  public List<AssignmentConflict> conflicts(
      @PathParam("planId") UUID planId, @QueryParam("limit") Integer limit) {
    return liveAssignments.conflicts(planId, limit);
  }
}
