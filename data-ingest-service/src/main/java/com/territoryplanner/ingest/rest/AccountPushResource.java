package com.territoryplanner.ingest.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.territoryplanner.ingest.domain.PushOutcome;
import com.territoryplanner.ingest.service.AccountService;
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

@Path("/api/v1/sources/{source}/accounts/{accountId}")
@Tag(
    name = "CRM push",
    description = "Single changes from CRM webhooks; batches go to /api/v1/imports/{source}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AccountPushResource {

  private final AccountService accounts;

  AccountPushResource(AccountService accounts) {
    this.accounts = accounts;
  }

  @PUT
  @Operation(
      summary = "Create or change one account",
      description =
          "The body is one JSON object with the import's columns (under the profile's names);"
              + " its id, if given, must match the URL. Only a real change is published, within"
              + " a second of the answer.")
  public PushOutcome push(
      @PathParam("source") @Pattern(regexp = ImportParameters.SOURCE) String source,
      @PathParam("accountId") String accountId,
      @QueryParam("profile") @DefaultValue("generic") String profile,
      JsonNode body) {
    return accounts.push(source, accountId, profile, body);
  }

  @DELETE
  @Operation(summary = "Delete one account; publishes AccountDeleted with its last fields")
  public void delete(
      @PathParam("source") @Pattern(regexp = ImportParameters.SOURCE) String source,
      @PathParam("accountId") String accountId) {
    accounts.delete(source, accountId);
  }
}
