package com.territoryplanner.ingest.rest;

import com.territoryplanner.ingest.domain.ImportOptions;
import com.territoryplanner.ingest.domain.ImportReport;
import com.territoryplanner.ingest.repository.ImportRepository.RejectsHeading;
import com.territoryplanner.ingest.service.ImportService;
import com.territoryplanner.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/imports")
@Tag(
    name = "Imports",
    description =
        "Exports and batches in, by source system (crm, salesforce, hubspot ...); a report of"
            + " every row out")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class ImportResource {

  private static final String CSV = "text/csv";
  private static final String RESPOND_ASYNC = "respond-async";
  private static final String NDJSON = "application/x-ndjson";
  private static final String GEOJSON = "application/geo+json";
  private static final String FORMATS =
      " Formats by Content-Type: text/csv (RFC 4180, header row), application/json (one array of"
          + " flat objects), application/x-ndjson (one object per line), application/geo+json (a FeatureCollection,"
          + " for geography units); UTF-8, gzip with"
          + " Content-Encoding: gzip. Bad rows are rejected with row, column and reason and listed"
          + " in the rejects file; good rows are upserted, and only real changes are published.";

  private final ImportService imports;

  ImportResource(ImportService imports) {
    this.imports = imports;
  }

  @POST
  @RolesAllowed({Roles.INTEGRATION, Roles.PLANNER})
  @Path("/{source}/{records}")
  @Consumes({CSV, MediaType.APPLICATION_JSON, NDJSON, GEOJSON})
  @Operation(
      summary = "Import CRM, ERP, marketing, market and geography records",
      description =
          "Canonical columns. accounts: id, name, postal_code, country, lat, lon, naics, sic,"
              + " industry, employees, annual_revenue, currency, website, owner_id, type, same_as"
              + " (id and name required; same_as names the same company in another source as"
              + " source:id); records of one company are linked into one golden account, and"
              + " accounts without coordinates are placed at their postal"
              + " code's centroid (the report counts geocoded and notGeocoded)."
              + " opportunities: id, account_id, stage, amount, currency, close_date, is_closed,"
              + " is_won, created_date, lead_source, owner_id, loss_reason (id, account_id and stage"
              + " required); without is_closed a stage named Closed Won or Closed Lost closes it."
              + " leads: id, company, lead_source, status, is_converted, converted_account_id,"
              + " created_date, converted_date, postal_code, country, owner_id (id and company"
              + " required); without is_converted a lead naming its account is converted."
              + " users: id, name (required), email, role, manager_id, is_active, postal_code,"
              + " country, lat, lon."
              + " activities: id, account_id, date (required), type, owner_id, duration_minutes,"
              + " subject. revenue-lines: id, account_id, date, amount (required), product_line,"
              + " cost, margin, currency; amounts may be negative (credit notes)."
              + " spend: id, period_start, amount (required), campaign, channel, period_end,"
              + " currency, country, postal_code. firmographics: country, postal_code, naics,"
              + " companies (required), employees, revenue, currency. competitor-locations: id,"
              + " competitor (required), name, lat, lon, postal_code, country."
              + " economic-indicators: region, indicator, period, value (required), unit."
              + " geography-units: id (required), kind, name, country, lat, lon, geometry (GeoJSON"
              + " or WKT polygon), neighbours (ids separated by ;); without neighbours, adjacency"
              + " is derived from the areas."
              + " postal-codes: country, postal_code, lat, lon (required), name; no events."
              + " Dates YYYY-MM-DD, a time may follow. Profiles: generic (canonical names),"
              + " salesforce (API names such as BillingPostalCode, and report labels), hubspot"
              + " (company, deal and contact export headers)."
              + FORMATS
              + " With Prefer: respond-async the import answers 202 once every row is read, checked"
              + " and durably staged (rows rejected on reading are in the report and the rejects"
              + " file already; a reject threshold counts them), and applies the staged rows in"
              + " the background, batch by batch: the report at Location says APPLYING, its counts"
              + " growing, until it says how reading ended (COMPLETED). Rows repeating an earlier"
              + " row's key are rejected when the apply starts. A batch that fails is tried again"
              + " each second; after five failures in a row the import stops as APPLY_FAILED, its"
              + " failure saying which rows were not applied. A dry run answers at once.")
  @APIResponse(
      responseCode = "200",
      description = "Imported: every accepted row applied, every event in the outbox",
      content = @Content(schema = @Schema(implementation = ImportReport.class)))
  @APIResponse(
      responseCode = "202",
      description =
          "Staged (Prefer: respond-async): every row read and the accepted ones durable; Location"
              + " names the report, APPLYING until they are applied",
      content = @Content(schema = @Schema(implementation = ImportReport.class)))
  public Response importRecords(
      @PathParam("source") @Pattern(regexp = ImportParameters.SOURCE) String source,
      @PathParam("records")
          @Parameter(
              schema =
                  @Schema(
                      enumeration = {
                        "accounts",
                        "opportunities",
                        "leads",
                        "activities",
                        "users",
                        "revenue-lines",
                        "spend",
                        "firmographics",
                        "competitor-locations",
                        "economic-indicators",
                        "geography-units",
                        "postal-codes"
                      }))
          String records,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType,
      @Valid @BeanParam ImportParameters parameters,
      @Parameter(description = "respond-async: answer once the rows are staged (202)")
          @HeaderParam("Prefer")
          String prefer,
      InputStream body,
      @Context UriInfo uri) {
    ImportOptions options = parameters.options(contentType);
    if (!prefersAsync(prefer) || options.dryRun()) {
      return Response.ok(
              imports.importRecords(ImportParameters.entity(records), source, options, utf8(body)))
          .build();
    }
    ImportReport report =
        imports.stageRecords(ImportParameters.entity(records), source, options, utf8(body));
    return Response.accepted(report)
        .location(uri.getBaseUriBuilder().path("api/v1/imports/{id}").build(report.importId()))
        .header("Preference-Applied", RESPOND_ASYNC)
        .build();
  }

  @GET
  @Path("/{importId}")
  @Operation(summary = "The report of an earlier import")
  public ImportReport report(@PathParam("importId") UUID importId) {
    return imports.report(importId);
  }

  @GET
  @Path("/{importId}/rejects")
  @Produces(CSV)
  @Operation(
      summary = "Every rejected row of an import, as CSV",
      description =
          "Columns reject_row, reject_column, reject_reason, then the original row: a CSV import's"
              + " own columns (so the fixed file can be imported again as it is), or one column"
              + " 'original' holding a JSON row's text.")
  public Response rejects(@PathParam("importId") UUID importId) {
    RejectsHeading heading = imports.rejectsHeading(importId);
    StreamingOutput file = out -> imports.writeRejects(importId, heading, out);
    return Response.ok(file)
        .header("Content-Disposition", "attachment; filename=\"rejects-" + importId + ".csv\"")
        .build();
  }

  /** Whether a Prefer header (RFC 7240: preferences separated by commas) asks for respond-async. */
  private static boolean prefersAsync(String prefer) {
    return prefer != null
        && Arrays.stream(prefer.split(","))
            .anyMatch(preference -> preference.strip().equalsIgnoreCase(RESPOND_ASYNC));
  }

  private static BufferedReader utf8(InputStream body) {
    return new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16);
  }
}
