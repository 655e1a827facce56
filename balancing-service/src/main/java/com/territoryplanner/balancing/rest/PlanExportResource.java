package com.territoryplanner.balancing.rest;

import com.territoryplanner.balancing.domain.Territory2Mapping;
import com.territoryplanner.balancing.service.PlanExportService;
import com.territoryplanner.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plans/{planId}/exports")
@Tag(name = "Exports", description = "A plan's territories and owners in CRM import formats")
@Produces("text/csv")
@RolesAllowed(Roles.VIEWER)
public class PlanExportResource {

  private final PlanExportService exports;

  PlanExportResource(PlanExportService exports) {
    this.exports = exports;
  }

  @GET
  @Path("/salesforce/territory2")
  @Operation(
      summary = "The plan's territories as a Salesforce Territory2 import (Data Loader CSV)",
      description =
          "Columns DeveloperName, Name, Description, Territory2ModelId, Territory2TypeId,"
              + " AccountAccessLevel, OpportunityAccessLevel, CaseAccessLevel (Read/Write). The"
              + " model and type are the org's own ids. DeveloperName is derived from the territory"
              + " name (letters, digits, single underscores, unique); load the file, then post"
              + " Data Loader's ids for it to the association export.")
  public Response territory2(
      @PathParam("planId") UUID planId,
      @QueryParam("territory2ModelId") String modelId,
      @QueryParam("territory2TypeId") String typeId) {
    var rows = exports.territory2Rows(planId, modelId, typeId);
    return csv("territory2-" + planId, out -> PlanExportService.writeLines(rows, out));
  }

  @POST
  @Path("/salesforce/object-territory2-associations")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Every account of the plan as a Salesforce ObjectTerritory2Association import",
      description =
          "Columns ObjectId (the account id), Territory2Id, AssociationCause (Territory2Manual)."
              + " The body maps each territory's DeveloperName from the Territory2 export to the id"
              + " Salesforce gave it; 400 names every territory missing from it.")
  public Response associations(
      @PathParam("planId") UUID planId, @Valid @NotNull Territory2Mapping mapping) {
    Map<UUID, String> ids = exports.territory2Ids(planId, mapping);
    return csv(
        "object-territory2-associations-" + planId,
        out -> exports.writeAssociations(planId, ids, out));
  }

  @GET
  @Path("/hubspot/company-owners")
  @Operation(
      summary = "Every account of the plan as a HubSpot company import that updates its owner",
      description =
          "Columns Record ID (the account id), Company name, Company owner (the rep's email, or"
              + " name when the rep has none). Import it as companies, updating by Record ID.")
  public Response hubSpotOwners(@PathParam("planId") UUID planId) {
    exports.checkExportable(planId);
    return csv("hubspot-company-owners-" + planId, out -> exports.writeHubSpotOwners(planId, out));
  }

  private static Response csv(String name, Consumer<Writer> body) {
    StreamingOutput file =
        stream -> {
          Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
          body.accept(out);
          out.flush();
        };
    return Response.ok(file)
        .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
        .build();
  }
}
