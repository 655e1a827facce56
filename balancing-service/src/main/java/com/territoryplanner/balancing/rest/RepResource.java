package com.territoryplanner.balancing.rest;

import com.territoryplanner.balancing.domain.RepRequest;
import com.territoryplanner.balancing.domain.RepView;
import com.territoryplanner.balancing.service.RepService;
import com.territoryplanner.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reps")
@Tag(name = "Reps", description = "Sales reps: home base and relative capacity")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class RepResource {

  private final RepService reps;

  RepResource(RepService reps) {
    this.reps = reps;
  }

  @POST
  @RolesAllowed(Roles.PLANNER)
  @Operation(summary = "Create a rep")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the rep",
      content = @Content(schema = @Schema(implementation = RepView.class)))
  public Response create(@Valid @NotNull RepRequest request, UriInfo uri) {
    RepView rep = reps.create(request);
    return Response.created(uri.getAbsolutePathBuilder().path(rep.id().toString()).build())
        .entity(rep)
        .build();
  }

  @GET
  @Operation(summary = "All reps, by name")
  public List<RepView> list() {
    return reps.list();
  }

  @GET
  @Path("/{repId}")
  @Operation(summary = "One rep")
  public RepView get(@PathParam("repId") UUID repId) {
    return reps.get(repId);
  }

  @PUT
  @RolesAllowed(Roles.PLANNER)
  @Path("/{repId}")
  @Operation(
      summary = "Replace a rep",
      description =
          "A rep who is no longer ACTIVE stops covering other reps' territories: those accounts"
              + " go back to the territories' own reps, published on the active plan with cause"
              + " COVERAGE_ENDED.")
  public RepView update(@PathParam("repId") UUID repId, @Valid @NotNull RepRequest request) {
    return reps.update(repId, request);
  }

  @DELETE
  @RolesAllowed(Roles.PLANNER)
  @Path("/{repId}")
  @Operation(summary = "Delete a rep that has no territory in any plan")
  @APIResponse(responseCode = "204", description = "Deleted")
  public Response delete(@PathParam("repId") UUID repId) {
    reps.delete(repId);
    return Response.noContent().build();
  }
}
