package com.territoryplanner.ingest.rest;

import com.territoryplanner.ingest.domain.GoldenAccount;
import com.territoryplanner.ingest.service.AccountService;
import com.territoryplanner.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/accounts/{accountId}")
@Tag(
    name = "Accounts",
    description =
        "Golden accounts: one per company, merged from the records of every source, each record"
            + " with the evidence that links it")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class AccountResource {

  /** A record of one source, to link to an account. */
  public record SourceRecordRef(
      @NotNull @Pattern(regexp = ImportParameters.SOURCE) String source,
      @NotBlank String externalId) {}

  private final AccountService accounts;

  AccountResource(AccountService accounts) {
    this.accounts = accounts;
  }

  @GET
  @Operation(
      summary = "One golden account with its sources",
      description =
          "The merged fields, and each source's record with the rule and evidence that linked"
              + " it, in order of trust (the first record that has a field gives it).")
  public GoldenAccount account(@PathParam("accountId") String accountId) {
    return accounts.account(accountId);
  }

  @POST
  @RolesAllowed(Roles.PLANNER)
  @Path("/links")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Link a source record to this account by hand",
      description =
          "Moves the record here from the account it was in (deleted if it is left with no"
              + " record); both accounts and the record's opportunities are published again.")
  public GoldenAccount link(
      @PathParam("accountId") String accountId, @Valid @NotNull SourceRecordRef record) {
    return accounts.link(accountId, record.source(), record.externalId());
  }

  @DELETE
  @RolesAllowed(Roles.PLANNER)
  @Path("/links/{source}/{externalId}")
  @Operation(
      summary = "Unlink a source record from this account by hand",
      description =
          "The record founds an account of its own (answered), which automatic matching leaves"
              + " alone. 409 when it is the account's only record.")
  public GoldenAccount unlink(
      @PathParam("accountId") String accountId,
      @PathParam("source") String source,
      @PathParam("externalId") String externalId) {
    return accounts.unlink(accountId, source, externalId);
  }
}
