package com.territoryplanner.kpi.rest;

import com.territoryplanner.kpi.service.KpiReports.SeriesQuery;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters every KPI time series takes. */
public class SeriesParams {

  @Parameter(
      description =
          "territory, rep, segment or company (default: company); leads also lead-source;"
              + " acquisition only company")
  @QueryParam("groupBy")
  String groupBy;

  @Parameter(description = "month, quarter, year or range (default: quarter)")
  @QueryParam("period")
  String period;

  @Parameter(description = "First day, inclusive (default: 1 January this year)")
  @QueryParam("from")
  String from;

  @Parameter(description = "Last day, inclusive (default: 31 December this year)")
  @QueryParam("to")
  String to;

  @Parameter(description = "Only this currency (figures that have one)")
  @QueryParam("currency")
  String currency;

  @Parameter(description = "Only what is credited to this territory")
  @QueryParam("territoryId")
  String territoryId;

  @Parameter(description = "Only what is credited to this rep")
  @QueryParam("repId")
  String repId;

  @Parameter(description = "Only accounts in this segment (its path)")
  @QueryParam("segment")
  String segment;

  SeriesQuery query() {
    return new SeriesQuery(groupBy, period, from, to, currency, territoryId, repId, segment);
  }
}
