package com.territoryplanner.kpi.rest;

import com.territoryplanner.kpi.domain.KpiSeries;
import com.territoryplanner.kpi.domain.TerritoryBookings;
import com.territoryplanner.kpi.service.KpiReports;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/kpis")
@Tag(name = "KPIs", description = "Bookings and opportunity KPIs rolled up from deals and owners")
@Produces(MediaType.APPLICATION_JSON)
public class KpiResource {

  private final KpiReports reports;

  KpiResource(KpiReports reports) {
    this.reports = reports;
  }

  @GET
  @Operation(
      summary = "Closed-won bookings and won deals per territory and currency",
      description =
          "All-time bookings as last published on kpi-rollups.v1. A won opportunity counts for the"
              + " territory the crediting rule gives it (kpi.crediting: owner-at-close by default,"
              + " or current-owner), in its own currency; currencies are never added together."
              + " Figures trail events by about a second.")
  public List<TerritoryBookings> kpis(
      @Parameter(
              description = "How to group the figures; only 'territory' is supported",
              required = true)
          @QueryParam("groupBy")
          String groupBy) {
    return reports.bookings(groupBy);
  }

  @GET
  @Path("/opportunities")
  @Operation(
      summary = "Opportunity KPIs per group, period and currency: a time series for dashboards",
      description =
          "Over opportunities whose close date (expected close date for open ones) is in [from,"
              + " to]. bookings = sum of won amounts; wonDeals; lostDeals = closed and not won;"
              + " winRate = won / (won + lost); averageDealSize = bookings / won;"
              + " averageCycleDays = mean of close date - created date over won deals;"
              + " pipeline, openDeals = open amounts and deals; salesVelocityPerDay = openDeals x"
              + " winRate x averageDealSize / averageCycleDays. A figure whose denominator is zero"
              + " is absent. Closed deals are credited by the crediting rule, open deals to the"
              + " owner today. A period bucket partly outside [from, to] holds only the days"
              + " inside; periodStart and periodEnd say which.")
  public List<KpiSeries.Row> opportunities(
      @Parameter(description = "territory, rep, segment or company (default: company)")
          @QueryParam("groupBy")
          String groupBy,
      @Parameter(description = "month, quarter, year or range (default: quarter)")
          @QueryParam("period")
          String period,
      @Parameter(description = "First close date, inclusive (default: 1 January this year)")
          @QueryParam("from")
          String from,
      @Parameter(description = "Last close date, inclusive (default: 31 December this year)")
          @QueryParam("to")
          String to,
      @Parameter(description = "Only this currency") @QueryParam("currency") String currency,
      @Parameter(description = "Only deals credited to this territory") @QueryParam("territoryId")
          String territoryId,
      @Parameter(description = "Only deals credited to this rep") @QueryParam("repId") String repId,
      @Parameter(description = "Only accounts in this segment (its path)") @QueryParam("segment")
          String segment) {
    return reports.opportunities(groupBy, period, from, to, currency, territoryId, repId, segment);
  }
}
