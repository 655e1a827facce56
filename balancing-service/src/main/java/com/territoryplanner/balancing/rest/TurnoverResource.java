package com.territoryplanner.balancing.rest;

import com.territoryplanner.balancing.domain.CoverageRequest;
import com.territoryplanner.balancing.domain.CoverageView;
import com.territoryplanner.balancing.domain.DepartureRequest;
import com.territoryplanner.balancing.domain.JoinRequest;
import com.territoryplanner.balancing.domain.TurnoverView;
import com.territoryplanner.balancing.service.CoverageService;
import com.territoryplanner.balancing.service.TurnoverService;
import com.territoryplanner.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plans/{planId}")
@Tag(name = "Turnover", description = "Reps leaving, joining and covering for each other")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class TurnoverResource {

  private final TurnoverService turnover;
  private final CoverageService coverage;

  TurnoverResource(TurnoverService turnover, CoverageService coverage) {
    this.turnover = turnover;
    this.coverage = coverage;
  }

  @POST
  @RolesAllowed(Roles.PLANNER)
  @Path("/departures")
  @Operation(
      summary = "A rep leaves the plan; the neighbouring territories take the territory over",
      description =
          "Removes the rep's territory and hands its postal codes to the territories that border"
              + " it, balanced among them (each takes a share that brings it to its capacity's part"
              + " of what they carry together) and compact; no other territory changes. Named"
              + " accounts and accounts without a location go to the receiver with the least"
              + " potential for its capacity (one with the skill they need, where there is one)."
              + " On the active plan every account that changes owner is published with cause"
              + " DEPARTURE. 400 when the rep has no territory in the plan; 409 when the plan is"
              + " archived, being solved, not solved, or the rep holds its only territory.")
  public TurnoverView depart(
      @PathParam("planId") UUID planId,
      @Valid @NotNull DepartureRequest request,
      @HeaderParam(IfMatch.HEADER) String ifMatch) {
    return turnover.depart(planId, request, IfMatch.version(ifMatch));
  }

  @POST
  @RolesAllowed(Roles.PLANNER)
  @Path("/joins")
  @Operation(
      summary = "A rep joins the plan; a territory is carved for them from the territories around",
      description =
          "Adds a territory for the rep and hands it postal codes from the territory the rep's"
              + " home base lies in and the territories bordering it, until it carries its"
              + " capacity's part of what they carry together, with at most maxChangedShare of the"
              + " plan's accounts changing territory (the cap wins: the answer says how far from"
              + " an even share the area ended). Those territories may also pass units among"
              + " themselves within the cap; no other territory changes. On the active plan every"
              + " account that changes owner is published with cause JOIN. 400 when the rep does"
              + " not exist, is inactive or has a territory in the plan; 409 when the plan is"
              + " archived, being solved or not solved.")
  public TurnoverView join(
      @PathParam("planId") UUID planId,
      @Valid @NotNull JoinRequest request,
      @HeaderParam(IfMatch.HEADER) String ifMatch) {
    return turnover.join(planId, request, IfMatch.version(ifMatch));
  }

  @PUT
  @RolesAllowed(Roles.PLANNER)
  @Path("/territories/{territoryId}/coverage")
  @Operation(
      summary = "Another rep covers a territory for now",
      description =
          "From today the covering rep owns the territory's accounts (owner lookups, exports and"
              + " pulls name them, with the territory's own rep as coveringFor), while the"
              + " territory, its units and its own rep stay as planned: for a rep on leave, or a"
              + " vacancy waiting for a hire. Replaces any coverage the territory had. On the"
              + " active plan each account that changes owner is published with cause COVERAGE."
              + " 400 when the covering rep does not exist, is not active or is the territory's"
              + " own; 404 when the territory is not the plan's; 409 when the plan is archived or"
              + " being solved.")
  public CoverageView cover(
      @PathParam("planId") UUID planId,
      @PathParam("territoryId") UUID territoryId,
      @Valid @NotNull CoverageRequest request,
      @HeaderParam(IfMatch.HEADER) String ifMatch) {
    return coverage.cover(planId, territoryId, request, IfMatch.version(ifMatch));
  }

  @DELETE
  @RolesAllowed(Roles.PLANNER)
  @Path("/territories/{territoryId}/coverage")
  @Operation(
      summary = "A coverage ends: the territory's accounts go back to its own rep",
      description =
          "On the active plan each account that changes owner is published with cause"
              + " COVERAGE_ENDED. 409 when the territory is not covered.")
  public CoverageView endCoverage(
      @PathParam("planId") UUID planId,
      @PathParam("territoryId") UUID territoryId,
      @HeaderParam(IfMatch.HEADER) String ifMatch) {
    return coverage.end(planId, territoryId, IfMatch.version(ifMatch));
  }
}
