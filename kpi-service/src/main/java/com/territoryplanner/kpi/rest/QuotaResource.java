package com.territoryplanner.kpi.rest;

import com.territoryplanner.kpi.domain.QuotaAttainment;
import com.territoryplanner.kpi.domain.QuotaPlan;
import com.territoryplanner.kpi.service.QuotaService;
import com.territoryplanner.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plans/{planId}/quotas/{year}")
@Tag(name = "Quotas", description = "Territory quotas from potential share, and attainment")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class QuotaResource {

  /** A company target for a year. */
  public record TargetRequest(
      @Schema(description = "The company target for the year", required = true) BigDecimal amount,
      @Schema(description = "ISO 4217 currency of the target", required = true, example = "USD")
          String currency,
      @Schema(
              description =
                  "12 monthly or 4 quarterly relative weights (default: every month the same)")
          List<BigDecimal> seasonality) {}

  /** A territory's quota for the year, set by hand. */
  public record TerritoryQuotaRequest(
      @Schema(description = "The territory's quota for the year", required = true)
          BigDecimal amount) {}

  private final QuotaService quotas;

  QuotaResource(QuotaService quotas) {
    this.quotas = quotas;
  }

  @PUT
  @RolesAllowed(Roles.PLANNER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Set the company target and spread it over the plan's territories",
      description =
          "Each territory's annual quota = (target - quotas set by hand) x its share of the"
              + " potential of the territories not set by hand; its accounts are those the plan"
              + " gives it, and their potential (segments.v1) counts in the target's currency only."
              + " Territories without potential share equally when none has any. The year is"
              + " spread over the months by seasonality. Amounts are in cents and add up exactly:"
              + " the largest remainders take the leftover cents. Replaces the year's quotas;"
              + " quotas set by hand stand.")
  public QuotaPlan setTarget(
      @PathParam("planId") UUID planId, @PathParam("year") int year, TargetRequest request) {
    TargetRequest body = request == null ? new TargetRequest(null, null, null) : request;
    return quotas.setTarget(planId, year, body.amount(), body.currency(), body.seasonality());
  }

  @GET
  @Operation(summary = "The plan's quotas for the year, per territory and month")
  public QuotaPlan quotas(@PathParam("planId") UUID planId, @PathParam("year") int year) {
    return quotas.quotas(planId, year);
  }

  @PUT
  @RolesAllowed(Roles.PLANNER)
  @Path("/territories/{territoryId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Set one territory's quota by hand",
      description =
          "Spread over the months by the year's seasonality. The other territories keep their"
              + " quotas, so the sum may differ from the target until the target is set again,"
              + " which spreads the rest around this one.")
  public QuotaPlan setTerritoryQuota(
      @PathParam("planId") UUID planId,
      @PathParam("year") int year,
      @PathParam("territoryId") UUID territoryId,
      TerritoryQuotaRequest request) {
    return quotas.setTerritoryQuota(
        planId, year, territoryId, request == null ? null : request.amount());
  }

  @GET
  @Path("/attainment")
  @Operation(
      summary = "Quota attainment per territory and period, and the plan's total",
      description =
          "attainment = bookings / quota, where bookings are closed-won amounts in the quota's"
              + " currency credited to the territory (kpi.crediting) with a close date in the"
              + " period; absent where the quota is zero. The row without a territory is the"
              + " plan's total.")
  public List<QuotaAttainment.Row> attainment(
      @PathParam("planId") UUID planId,
      @PathParam("year") int year,
      @Parameter(description = "month, quarter or year (default: quarter)") @QueryParam("period")
          String period) {
    return quotas.attainment(planId, year, period);
  }
}
