package com.territoryplanner.balancing.rest;

import com.territoryplanner.balancing.domain.AssignmentPage;
import com.territoryplanner.balancing.service.OwnerChanges;
import com.territoryplanner.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/assignments")
@Tag(name = "Assignments", description = "Owner changes for partners to pull")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class AssignmentResource {

  private final OwnerChanges changes;

  AssignmentResource(OwnerChanges changes) {
    this.changes = changes;
  }

  @GET
  @Operation(
      summary = "The owner changes since the last pull",
      description =
          "Changes in the order they were committed, each with its account, plan, territory, rep,"
              + " effective date, rule (why the account is there) and cause (ACTIVATION or"
              + " LIVE_ASSIGNMENT). Without a cursor, from the first change: the latest change of"
              + " each account is its owner. Pass the answer's cursor on the next pull; 'more'"
              + " says whether to pull again at once. The ETag is the cursor the answer ends at:"
              + " with If-None-Match, a pull with nothing new answers 304.")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = AssignmentPage.class)))
  @APIResponse(responseCode = "304", description = "Nothing new since the cursor")
  public Response pull(
      @Parameter(description = "The cursor of the previous pull") @QueryParam("cursor")
          String cursor,
      @Parameter(description = "Changes per page, 1 to 10,000 (default 1,000)") @QueryParam("limit")
          Integer limit,
      @Context Request request) {
    AssignmentPage page = changes.after(cursor, limit);
    EntityTag tag = new EntityTag(page.cursor());
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
    if (unchanged != null) {
      return unchanged.tag(tag).build();
    }
    return Response.ok(page).tag(tag).build();
  }
}
