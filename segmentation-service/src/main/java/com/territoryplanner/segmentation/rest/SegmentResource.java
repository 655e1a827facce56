package com.territoryplanner.segmentation.rest;

import com.territoryplanner.platform.security.Roles;
import com.territoryplanner.segmentation.domain.AccountSegment;
import com.territoryplanner.segmentation.domain.TierSummary;
import com.territoryplanner.segmentation.service.SegmentationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/segments")
@Tag(name = "Segments", description = "Size tier and potential per account")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class SegmentResource {

  private final SegmentationService segmentation;

  SegmentResource(SegmentationService segmentation) {
    this.segmentation = segmentation;
  }

  @GET
  @Path("/summary")
  @Operation(
      summary = "Accounts and total potential per size tier",
      description = "Every tier is listed; totals are per currency, never added across currencies.")
  public List<TierSummary> summary() {
    return segmentation.summary();
  }

  @GET
  @Path("/{accountId}")
  @Operation(
      summary = "One account's size tier and potential, with the parts of the potential",
      description =
          "potential = max(0, expected − parts.currentSpend), the white space; expected ="
              + " parts.base × parts.propensity × parts.saturation × parts.growth; parts.base ="
              + " revenue or employees (parts.basis) × parts.rate; currentSpend = the account's"
              + " revenue lines of the 12 months up to the assessment, in the potential's"
              + " currency; saturation = 1 / (1 + 0.1 × parts.competitorsNearby), competitor"
              + " locations within about 10 km (its H3 resolution-6 cell and the six around it);"
              + " growth = 1 + parts.growthRate / 100 within 0.5 and 1.5, growthRate the latest"
              + " value of the growth indicator for parts.growthRegion (its postal code, else its"
              + " country). Assessed again when the account, its revenue, a competitor nearby or"
              + " its region's growth changes. Model potential-v4.")
  public AccountSegment segment(@PathParam("accountId") String accountId) {
    return segmentation.segment(accountId);
  }
}
