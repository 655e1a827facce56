package com.territoryplanner.kpi.rest;

import com.territoryplanner.kpi.domain.AcquisitionTotals;
import com.territoryplanner.kpi.domain.ActivityTotals;
import com.territoryplanner.kpi.domain.KpiSeries.Row;
import com.territoryplanner.kpi.domain.LeadTotals;
import com.territoryplanner.kpi.domain.OpportunityKpis;
import com.territoryplanner.kpi.domain.Penetration;
import com.territoryplanner.kpi.domain.RevenueTotals;
import com.territoryplanner.kpi.domain.TerritoryBookings;
import com.territoryplanner.kpi.service.KpiReports;
import com.territoryplanner.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
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
@Tag(name = "KPIs", description = "KPIs rolled up from deals, revenue, activities, leads and spend")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
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
  public List<Row<OpportunityKpis>> opportunities(@BeanParam SeriesParams parameters) {
    return reports.opportunities(parameters.query());
  }

  @GET
  @Path("/revenue")
  @Operation(
      summary = "Revenue KPIs (ERP revenue lines) per group, period and currency",
      description =
          "Over revenue lines dated in [from, to], credited to the account's owner on the line's"
              + " date (kpi.crediting=owner-at-close) or today (current-owner). revenue = sum of"
              + " amounts, credit notes included; lines; margin = sum of margins (amount - cost)"
              + " over the lines that carry one; marginRate = margin / revenue of those lines.")
  public List<Row<RevenueTotals.Kpis>> revenue(@BeanParam SeriesParams parameters) {
    return reports.revenue(parameters.query());
  }

  @GET
  @Path("/activities")
  @Operation(
      summary = "Activity counts per group and period",
      description =
          "Over activities dated in [from, to], credited like revenue. activities; minutes ="
              + " sum of logged durations; byType = activities per type ('unspecified' where the"
              + " source gave none). No currency.")
  public List<Row<ActivityTotals>> activities(@BeanParam SeriesParams parameters) {
    return reports.activities(parameters.query());
  }

  @GET
  @Path("/leads")
  @Operation(
      summary = "Lead flow per group (or lead source) and period",
      description =
          "Over leads created in [from, to]. created; converted = of those, the ones converted"
              + " since; conversionRate = converted / created. A converted lead counts for the"
              + " owner of the account it became on its created date (or today, by"
              + " kpi.crediting); the others for no territory or rep. No currency.")
  public List<Row<LeadTotals.Kpis>> leads(@BeanParam SeriesParams parameters) {
    return reports.leads(parameters.query());
  }

  @GET
  @Path("/acquisition")
  @Operation(
      summary = "Customer acquisition cost of the company per period and currency",
      description =
          "spend = sales and marketing spend in the period, each spend spread evenly over the"
              + " days from its periodStart to its periodEnd; newCustomers = accounts whose first"
              + " won deal closed in the period; customerAcquisitionCost = spend / newCustomers."
              + " Spend is not per territory, so only groupBy=company.")
  public List<Row<AcquisitionTotals.Kpis>> acquisition(@BeanParam SeriesParams parameters) {
    return reports.acquisition(parameters.query());
  }

  @GET
  @Path("/penetration")
  @Operation(
      summary = "Penetration per group today: revenue against revenue plus potential",
      description =
          "Over the accounts whose potential (segments.v1) is in the currency, grouped by"
              + " today's owner: revenue12Months = their revenue in the currency over the last 365"
              + " days; potential = the white space (expected annual spend not yet spent with us);"
              + " penetration = revenue12Months / (revenue12Months + potential).")
  public List<Penetration> penetration(
      @Parameter(description = "territory, rep, segment or company (default: company)")
          @QueryParam("groupBy")
          String groupBy,
      @Parameter(description = "The potential's currency", required = true) @QueryParam("currency")
          String currency) {
    return reports.penetration(groupBy, currency);
  }
}
