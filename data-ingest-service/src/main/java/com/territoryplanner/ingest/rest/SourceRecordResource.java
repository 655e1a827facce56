package com.territoryplanner.ingest.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.territoryplanner.ingest.domain.PushOutcome;
import com.territoryplanner.ingest.service.PushService;
import com.territoryplanner.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sources/{source}/{records}/{id}")
@Tag(
    name = "CRM push",
    description = "Single changes from CRM webhooks; batches go to /api/v1/imports/{source}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class SourceRecordResource {

  private final PushService pushes;

  SourceRecordResource(PushService pushes) {
    this.pushes = pushes;
  }

  @PUT
  @RolesAllowed(Roles.INTEGRATION)
  @Operation(
      summary = "Create or change one record (accounts, opportunities, leads, activities ...)",
      description =
          "The body is one JSON object with the import's columns (under the profile's names);"
              + " its id, if given, must match the URL. Only a real change is published, within"
              + " a second of the answer. For an account, goldenAccountId names the golden"
              + " account the record belongs to.")
  public PushOutcome push(
      @PathParam("source") @Pattern(regexp = ImportParameters.SOURCE) String source,
      @PathParam("records") String records,
      @PathParam("id") String id,
      @QueryParam("profile") @DefaultValue("generic") String profile,
      JsonNode body) {
    return pushes.push(ImportParameters.entity(records), source, id, profile, body);
  }

  @DELETE
  @RolesAllowed(Roles.INTEGRATION)
  @Operation(
      summary = "Delete one account, opportunity, lead, activity or revenue line",
      description =
          "Publishes the deletion with the record's last fields (for an account: its golden"
              + " account is re-merged from its other sources, or deleted). Other kinds are"
              + " replaced by importing them again: 405.")
  public void delete(
      @PathParam("source") @Pattern(regexp = ImportParameters.SOURCE) String source,
      @PathParam("records") String records,
      @PathParam("id") String id) {
    pushes.delete(ImportParameters.entity(records), source, id);
  }
}
