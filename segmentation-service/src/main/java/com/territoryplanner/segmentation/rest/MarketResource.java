package com.territoryplanner.segmentation.rest;

import com.territoryplanner.platform.security.Roles;
import com.territoryplanner.segmentation.domain.MarketArea;
import com.territoryplanner.segmentation.service.AccountFeaturesService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/market")
@Tag(name = "Market", description = "Total addressable market from firmographic counts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class MarketResource {

  private final AccountFeaturesService features;

  MarketResource(AccountFeaturesService features) {
    this.features = features;
  }

  @GET
  @Operation(
      summary = "Companies, total addressable market, competitors and growth per place or sector",
      description =
          "From the firmographic counts of market.v1: addressableMarket = companies × the"
              + " potential of their average company (revenue / companies, employees /"
              + " companies) under the potential model, as a prospect; per currency. A postal"
              + " code or country also has its competitor locations, competitorsPerThousandCompanies"
              + " = competitors × 1000 / companies, and growth: the latest value of the potential"
              + " model's growth indicator for it (a postal code without one takes its"
              + " country's). Lists the areas that have firmographic counts.")
  public List<MarketArea> market(
      @Parameter(
              description =
                  "postalCode (keys country:postal code), country, or sector (NAICS 2 digits)")
          @QueryParam("groupBy")
          @NotNull
          @Pattern(regexp = "postalCode|country|sector")
          String groupBy,
      @Parameter(description = "ISO 3166-1 alpha-2; every country when absent")
          @QueryParam("country")
          String country) {
    return features.market(
        country,
        switch (groupBy) {
          case "sector" -> MarketArea.Grouping.SECTOR;
          case "country" -> MarketArea.Grouping.COUNTRY;
          default -> MarketArea.Grouping.POSTAL_CODE;
        });
  }
}
