package com.territoryplanner.balancing.rest;

import com.territoryplanner.balancing.domain.OwnerView;
import com.territoryplanner.balancing.service.OwnerService;
import com.territoryplanner.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/owners")
@Tag(name = "Owners", description = "Who owns an account in the active plan")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class OwnerResource {

  private final OwnerService owners;

  OwnerResource(OwnerService owners) {
    this.owners = owners;
  }

  @GET
  @Path("/{accountId}")
  @Operation(
      summary = "The territory and rep of an account in the active plan, and why",
      description =
          "rule says why the account is there: PLAN when the plan's solve placed it; for an"
              + " account that arrived or moved after activation, by precedence: LOCKED_ACCOUNT"
              + " (a planner locked it to a rep), SPECIALIST (a specialist rule routes it to the"
              + " nearest rep with the skill), UNIT (its postal code's territory) or NEAREST_UNIT"
              + " (its postal code is new to the plan: the territory of the nearest one).")
  public OwnerView owner(@PathParam("accountId") String accountId) {
    return owners.owner(accountId);
  }

  @GET
  @Operation(
      summary = "Who owns a postal code or a location in the active plan",
      description =
          "The postal code's territory (rule UNIT), or, for a postal code the plan does not know"
              + " or a bare location, the territory of the nearest unit (NEAREST_UNIT). A postal"
              + " code is looked up first; latitude and longitude are the fallback.")
  public OwnerView ownerAt(
      @Parameter(description = "A postal code, as accounts carry it") @QueryParam("postalCode")
          String postalCode,
      @Parameter(description = "WGS84 latitude") @QueryParam("latitude") Double latitude,
      @Parameter(description = "WGS84 longitude") @QueryParam("longitude") Double longitude) {
    return owners.ownerAt(postalCode, latitude, longitude);
  }
}
