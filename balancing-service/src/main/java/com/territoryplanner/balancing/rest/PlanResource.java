package com.territoryplanner.balancing.rest;

import com.territoryplanner.balancing.domain.AccountExplanationView;
import com.territoryplanner.balancing.domain.ActivateRequest;
import com.territoryplanner.balancing.domain.ForkRequest;
import com.territoryplanner.balancing.domain.PlanAnalysisView;
import com.territoryplanner.balancing.domain.PlanComparison;
import com.territoryplanner.balancing.domain.PlanLocks;
import com.territoryplanner.balancing.domain.PlanRequest;
import com.territoryplanner.balancing.domain.PlanSettings;
import com.territoryplanner.balancing.domain.PlanView;
import com.territoryplanner.balancing.domain.SolveJobView;
import com.territoryplanner.balancing.domain.SolveRequest;
import com.territoryplanner.balancing.domain.TerritoryMap;
import com.territoryplanner.balancing.service.PlanAnalysisService;
import com.territoryplanner.balancing.service.PlanComparisonService;
import com.territoryplanner.balancing.service.PlanLockService;
import com.territoryplanner.balancing.service.PlanService;
import com.territoryplanner.balancing.service.SolveService;
import com.territoryplanner.balancing.service.TerritoryMapService;
import com.territoryplanner.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plans")
@Tag(name = "Plans", description = "Territory plans: draft, solve, activate")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class PlanResource {

  private final PlanService plans;
  private final SolveService solving;
  private final PlanAnalysisService analysis;
  private final PlanLockService locks;
  private final TerritoryMapService maps;
  private final PlanComparisonService comparisons;

  PlanResource(
      PlanService plans,
      SolveService solving,
      PlanAnalysisService analysis,
      PlanLockService locks,
      TerritoryMapService maps,
      PlanComparisonService comparisons) {
    this.plans = plans;
    this.solving = solving;
    this.analysis = analysis;
    this.locks = locks;
    this.maps = maps;
    this.comparisons = comparisons;
  }

  @POST
  @RolesAllowed(Roles.PLANNER)
  @Operation(summary = "Draft a plan with one territory per rep")
  @APIResponse(
      responseCode = "201",
      description = "Created as DRAFT; Location names the plan",
      content = @Content(schema = @Schema(implementation = PlanView.class)))
  public Response create(@Valid @NotNull PlanRequest request, UriInfo uri) {
    PlanView plan = plans.create(request);
    return Response.created(uri.getAbsolutePathBuilder().path(plan.id().toString()).build())
        .entity(plan)
        .build();
  }

  @GET
  @Path("/comparison")
  @Operation(
      summary = "Plans and scenarios side by side, each against the first",
      description =
          "For each plan (2 to 10, each with a stored solution; the first is the baseline):"
              + " feasibility; potentialSpread and workloadSpread = the largest |territory /"
              + " target - 1|; compactness and the largest diameter; meanTravelKm = the"
              + " territories' mean account-to-home distance, averaged; and the disruption of"
              + " going from the baseline to it: accounts (and their potential) whose rep"
              + " differs or that one plan does not place, and units whose rep differs.")
  public PlanComparison compare(
      @Parameter(description = "The plans to compare, the baseline first", required = true)
          @QueryParam("planIds")
          List<UUID> planIds) {
    return comparisons.compare(planIds);
  }

  @GET
  @Path("/{planId}")
  @Operation(summary = "A plan with its territories and their metrics")
  @APIResponse(
      responseCode = "200",
      description = "The plan; ETag is its version, for If-Match on changes",
      content = @Content(schema = @Schema(implementation = PlanView.class)))
  public Response get(@PathParam("planId") UUID planId) {
    PlanView plan = plans.get(planId);
    return Response.ok(plan).tag(Long.toString(plan.version())).build();
  }

  @PATCH
  @RolesAllowed(Roles.PLANNER)
  @Path("/{planId}")
  @Operation(
      summary = "Change a draft's settings: name, tolerances, limits, specialist rules",
      description =
          "A what-if on a scenario: fields left out stay; limits and specialists, when given,"
              + " replace the plan's. The stored solution stays (the analysis measures it against"
              + " the new settings; solve again to meet them). 409 unless the plan is a draft;"
              + " 412 when If-Match names an older version.")
  public Response update(
      @PathParam("planId") UUID planId,
      @Valid @NotNull PlanSettings settings,
      @HeaderParam(IfMatch.HEADER) String ifMatch) {
    PlanView plan = plans.update(planId, settings, IfMatch.version(ifMatch));
    return Response.ok(plan).tag(Long.toString(plan.version())).build();
  }

  @POST
  @RolesAllowed(Roles.PLANNER)
  @Path("/{planId}/solve")
  @Operation(
      summary = "Start balancing the plan",
      description = "Queues a solve job that runs for the given seconds; 409 if one is running.")
  @APIResponse(
      responseCode = "202",
      description =
          "The job: SOLVING if this replica had a free solver and no job waited before it,"
              + " else QUEUED",
      content = @Content(schema = @Schema(implementation = SolveJobView.class)))
  public Response solve(
      @PathParam("planId") UUID planId,
      @Valid SolveRequest request,
      @HeaderParam(IfMatch.HEADER) String ifMatch) {
    return Response.accepted(solving.start(planId, request, IfMatch.version(ifMatch))).build();
  }

  @GET
  @Path("/{planId}/solve")
  @Operation(summary = "The plan's latest solve job: status, best score, balance")
  public SolveJobView solveStatus(@PathParam("planId") UUID planId) {
    return solving.status(planId);
  }

  @DELETE
  @RolesAllowed(Roles.PLANNER)
  @Path("/{planId}/solve")
  @Operation(summary = "Stop the running solve job; its best solution so far is kept")
  @APIResponse(
      responseCode = "202",
      description = "Stopping; the job turns STOPPED once its best solution is stored",
      content = @Content(schema = @Schema(implementation = SolveJobView.class)))
  public Response stopSolving(@PathParam("planId") UUID planId) {
    return Response.accepted(solving.stop(planId)).build();
  }

  @GET
  @Path("/{planId}/locks")
  @Operation(summary = "The postal codes locked to reps in this plan")
  public PlanLocks locks(@PathParam("planId") UUID planId) {
    return locks.locks(planId);
  }

  @PUT
  @RolesAllowed(Roles.PLANNER)
  @Path("/{planId}/locks")
  @Operation(
      summary = "Replace the plan's locks",
      description =
          "Each locked postal code stays with its rep in every solve of this draft plan. Each"
              + " postal code must hold accounts and each rep must have a territory in the plan.")
  public PlanLocks replaceLocks(
      @PathParam("planId") UUID planId,
      @Valid @NotNull PlanLocks request,
      @HeaderParam(IfMatch.HEADER) String ifMatch) {
    return locks.replace(planId, request, IfMatch.version(ifMatch));
  }

  @POST
  @RolesAllowed(Roles.PLANNER)
  @Path("/{planId}/fork")
  @Operation(
      summary = "Fork a plan into a scenario",
      description =
          "A new draft with the plan's tolerances, limits, specialist rules, reps, locks and"
              + " stored solution, under new territory ids: change it and solve it (a solve is"
              + " needed before it can be activated) and compare it with the plan.")
  @APIResponse(
      responseCode = "201",
      description = "Created as DRAFT; Location names the scenario",
      content = @Content(schema = @Schema(implementation = PlanView.class)))
  public Response fork(@PathParam("planId") UUID planId, @Valid ForkRequest request, UriInfo uri) {
    PlanView scenario = plans.fork(planId, request);
    return Response.created(uri.getBaseUriBuilder().path("api/v1/plans/{id}").build(scenario.id()))
        .entity(scenario)
        .build();
  }

  @GET
  @Path("/{planId}/map")
  @Produces("application/geo+json")
  @Operation(
      summary = "The plan's territories as GeoJSON, with each one's rep and figures",
      description =
          "Units are postal-code centroids, so a territory's outline is the union of its units'"
              + " Voronoi cells, clipped to the area the units cover (their convex hull and about"
              + " 5 km around it): outlines do not overlap, and every place in the area is in"
              + " exactly one territory. Named accounts (locked or specialist) are not on the map."
              + " 409 before the plan has a stored solution.")
  public TerritoryMap map(@PathParam("planId") UUID planId) {
    return maps.map(planId);
  }

  @GET
  @Path("/{planId}/analysis")
  @Operation(
      summary = "How the plan's solution measures up now",
      description =
          "Balance of potential, contiguity and compactness of the stored solution over the"
              + " accounts as they are now, and per territory what it breaks or strains.")
  public PlanAnalysisView analysis(@PathParam("planId") UUID planId) {
    return analysis.analyze(planId);
  }

  @GET
  @Path("/{planId}/accounts/{accountId}/explanation")
  @Operation(
      summary = "Why an account sits in its territory",
      description =
          "For each neighbouring territory, what moving the account's unit there would break"
              + " or worsen.")
  public AccountExplanationView explanation(
      @PathParam("planId") UUID planId, @PathParam("accountId") String accountId) {
    return analysis.explain(planId, accountId);
  }

  @POST
  @RolesAllowed(Roles.PLANNER)
  @Path("/{planId}/activate")
  @Operation(
      summary = "Make a solved plan the active one, or an archived one again (rollback)",
      description =
          "Archives the previously active plan and publishes an AccountAssigned event for every"
              + " account whose owner changed (cause ACTIVATION, or ROLLBACK for an archived"
              + " plan). Accounts that arrived after the plan was solved are placed by the live"
              + " rules. 409 when the plan is active already, is being solved or has no solve.")
  public PlanView activate(
      @PathParam("planId") UUID planId,
      @Valid ActivateRequest request,
      @HeaderParam(IfMatch.HEADER) String ifMatch) {
    return plans.activate(planId, request, IfMatch.version(ifMatch));
  }
}
