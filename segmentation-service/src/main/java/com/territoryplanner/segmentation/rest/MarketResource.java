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
      summary = "Companies and total addressable market per postal code or sector",
      description =
          "From the firmographic counts of market.v1: addressableMarket = companies × the"
              + " potential of their average company (revenue / companies, employees /"
              + " companies) under the potential model, as a prospect; per currency.")
  public List<MarketArea> market(
      @Parameter(description = "postalCode (keys country:postal code) or sector (NAICS 2 digits)")
          @QueryParam("groupBy")
          @NotNull
          @Pattern(regexp = "postalCode|sector")
          String groupBy,
      @Parameter(description = "ISO 3166-1 alpha-2; every country when absent")
          @QueryParam("country")
          String country) {
    return features.market(country, groupBy.equals("sector"));
  }
}
