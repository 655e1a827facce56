package com.territoryplanner.ingest.rest;

import com.territoryplanner.ingest.domain.ImportReport;
import com.territoryplanner.ingest.service.ImportService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/imports")
@Tag(name = "Imports", description = "CRM exports in; a report of every row out")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

  private static final String CSV = "text/csv";

  private final ImportService imports;

  ImportResource(ImportService imports) {
    this.imports = imports;
  }

  @POST
  @Path("/crm/accounts")
  @Consumes(CSV)
  @Operation(
      summary = "Import CRM accounts from CSV",
      description =
          "Generic columns: id, name, postal_code, country, lat, lon, naics, employees,"
              + " annual_revenue, currency (id and name required; UTF-8, RFC 4180, gzip accepted)."
              + " Bad rows are rejected with row, column and reason; good rows are upserted.")
  @RequestBody(content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
  public ImportReport importAccounts(InputStream body) {
    return imports.importAccounts(utf8(body));
  }

  @POST
  @Path("/crm/opportunities")
  @Consumes(CSV)
  @Operation(
      summary = "Import CRM opportunities from CSV",
      description =
          "Generic columns: id, account_id, stage, amount, currency, close_date (YYYY-MM-DD),"
              + " is_closed, is_won (id, account_id and stage required).")
  @RequestBody(content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
  public ImportReport importOpportunities(InputStream body) {
    return imports.importOpportunities(utf8(body));
  }

  @GET
  @Path("/{importId}")
  @Operation(summary = "The report of an earlier import")
  public ImportReport report(@PathParam("importId") UUID importId) {
    return imports.report(importId);
  }

  private static BufferedReader utf8(InputStream body) {
    return new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
  }
}
