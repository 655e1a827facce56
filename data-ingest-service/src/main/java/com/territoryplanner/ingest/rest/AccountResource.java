package com.territoryplanner.ingest.rest;

import com.territoryplanner.ingest.domain.AccountRecord;
import com.territoryplanner.ingest.service.AccountService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/accounts")
@Tag(name = "Accounts", description = "The accounts as ingest holds them")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

  private final AccountService accounts;

  AccountResource(AccountService accounts) {
    this.accounts = accounts;
  }

  @GET
  @Path("/{accountId}")
  @Operation(summary = "One account, by the id the CRM gave it")
  public AccountRecord account(@PathParam("accountId") String accountId) {
    return accounts.account(accountId);
  }
}
