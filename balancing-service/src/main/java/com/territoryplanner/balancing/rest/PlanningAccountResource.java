package com.territoryplanner.balancing.rest;

import com.territoryplanner.balancing.domain.PlanningAccountView;
import com.territoryplanner.balancing.domain.PlanningCopySummary;
import com.territoryplanner.balancing.service.PlanningCopyService;
import com.territoryplanner.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/planning-accounts")
@Tag(name = "Planning accounts", description = "The copy of accounts that balancing plans with")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class PlanningAccountResource {

  private final PlanningCopyService planningCopy;

  PlanningAccountResource(PlanningCopyService planningCopy) {
    this.planningCopy = planningCopy;
  }

  @GET
  @Path("/summary")
  @Operation(summary = "How many accounts the planning copy holds, with potential and location")
  public PlanningCopySummary summary() {
    return planningCopy.summary();
  }

  @GET
  @Path("/{accountId}")
  @Operation(summary = "One account of the planning copy")
  public PlanningAccountView account(@PathParam("accountId") String accountId) {
    return planningCopy.account(accountId);
  }
}
