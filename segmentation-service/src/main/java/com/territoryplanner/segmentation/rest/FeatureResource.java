package com.territoryplanner.segmentation.rest;

import com.territoryplanner.platform.security.Roles;
import com.territoryplanner.segmentation.domain.AccountFeatures;
import com.territoryplanner.segmentation.domain.LeadConversion;
import com.territoryplanner.segmentation.domain.WinLoss;
import com.territoryplanner.segmentation.service.AccountFeaturesService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/features")
@Tag(name = "Features", description = "What each account's history says: revenue, deals, products")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class FeatureResource {

  private final AccountFeaturesService features;

  FeatureResource(AccountFeaturesService features) {
    this.features = features;
  }

  @GET
  @Path("/accounts/{accountId}")
  @Operation(
      summary = "One account's features on a day",
      description =
          "revenue per currency: sums of revenue lines dated in the 12 and 24 months up to asOf,"
              + " the same for their margin, and lifetimeValue = 12-month margin × r / (1 + d −"
              + " r) (retention r 0.85, discount d 0.10 by default). winRate = won / closed"
              + " opportunities closed up to asOf. averageSalesCycleDays = mean of close date −"
              + " created date over won ones. lossReasons: lost opportunities per loss reason."
              + " openPipeline: open amounts per currency. products:"
              + " product lines bought in the 24 months, whiteSpace = lines others bought and"
              + " this account did not, share = bought / all lines bought. activities: per type"
              + " in the engagement window (90 days by default). An account with no history has"
              + " empty figures, not 404: ids come from ingest.")
  public AccountFeatures account(
      @PathParam("accountId") String accountId,
      @Parameter(description = "The day the figures are for (YYYY-MM-DD); today by default")
          @QueryParam("asOf")
          LocalDate asOf) {
    return features.features(accountId, asOf == null ? LocalDate.now() : asOf);
  }

  @GET
  @Path("/win-loss")
  @Operation(
      summary = "Win rate, sales cycle and loss reasons per sector, country or segment",
      description =
          "Over opportunities closed up to asOf, grouped by their account's NAICS sector, country"
              + " or segment in the active segmentation model (sector, country, segment), or all"
              + " together (all): closed, won, winRate = won / closed, averageSalesCycleDays ="
              + " mean of close date − created date over won deals that have both, and lost deals"
              + " per loss reason. Deals of accounts not yet segmented have a null key.")
  public List<WinLoss> winLoss(
      @Parameter(description = "all, sector, country or segment")
          @QueryParam("groupBy")
          @DefaultValue("all")
          @Pattern(regexp = "all|sector|country|segment")
          String groupBy,
      @Parameter(description = "The day the figures are for (YYYY-MM-DD); today by default")
          @QueryParam("asOf")
          LocalDate asOf) {
    return features.winLoss(
        WinLoss.Grouping.valueOf(groupBy.toUpperCase(Locale.ROOT)),
        asOf == null ? LocalDate.now() : asOf);
  }

  @GET
  @Path("/lead-conversion")
  @Operation(
      summary = "Lead conversion per lead source",
      description = "rate = converted / leads, over every lead ingest published.")
  public List<LeadConversion> leadConversion() {
    return features.leadConversion();
  }
}
