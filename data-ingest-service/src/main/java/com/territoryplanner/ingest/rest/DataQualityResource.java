package com.territoryplanner.ingest.rest;

import com.territoryplanner.ingest.domain.DataQualityReport;
import com.territoryplanner.ingest.service.DataQualityService;
import com.territoryplanner.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/data-quality")
@Tag(name = "Data quality", description = "How complete and clean the stored data is")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class DataQualityResource {

  private final DataQualityService quality;

  DataQualityResource(DataQualityService quality) {
    this.quality = quality;
  }

  @GET
  @Operation(
      summary = "Completeness, duplicates, unplaceable and stale accounts",
      description =
          "Over all accounts or those of one source system. Completeness is the share of"
              + " accounts that have each key field; duplicates count accounts that share a"
              + " normalised name and postal code, or a web domain, with another account.")
  public DataQualityReport report(
      @QueryParam("source") @Pattern(regexp = ImportParameters.SOURCE) String source,
      @QueryParam("staleAfterDays") @DefaultValue("365") @Min(1) int staleAfterDays) {
    return quality.report(source, staleAfterDays);
  }
}
