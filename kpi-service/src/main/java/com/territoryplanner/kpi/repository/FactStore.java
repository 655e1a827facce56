package com.territoryplanner.kpi.repository;

import com.territoryplanner.kpi.domain.ActivityFact;
import com.territoryplanner.kpi.domain.LeadFact;
import com.territoryplanner.kpi.domain.RevenueFact;
import com.territoryplanner.kpi.domain.SpendFact;
import com.territoryplanner.kpi.repository.FactTable.Column;
import com.territoryplanner.platform.persistence.JdbcWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Revenue lines, activities, leads and spend, each kind a batch at a time (a replay of the topics
 * is the common heavy load). In the caller's transaction.
 */
@ApplicationScoped
public class FactStore {

  private static final FactTable<RevenueFact> REVENUE =
      new FactTable<>(
          "revenue_line",
          List.of(
              new Column<>("account_id", "text", RevenueFact::accountId),
              new Column<>("line_date", "date", RevenueFact::date),
              new Column<>("product_line", "text", RevenueFact::productLine),
              new Column<>("amount", "numeric", RevenueFact::amount),
              new Column<>("margin", "numeric", RevenueFact::margin),
              new Column<>("currency", "text", RevenueFact::currency)));

  private static final FactTable<ActivityFact> ACTIVITIES =
      new FactTable<>(
          "activity",
          List.of(
              new Column<>("account_id", "text", ActivityFact::accountId),
              new Column<>("activity_date", "date", ActivityFact::date),
              new Column<>("activity_type", "text", ActivityFact::activityType),
              new Column<>("duration_minutes", "int", ActivityFact::durationMinutes)));

  private static final FactTable<LeadFact> LEADS =
      new FactTable<>(
          "lead",
          List.of(
              new Column<>("lead_source", "text", LeadFact::leadSource),
              new Column<>("created_date", "date", LeadFact::createdDate),
              new Column<>("converted", "boolean", LeadFact::converted),
              new Column<>("converted_date", "date", LeadFact::convertedDate),
              new Column<>("converted_account_id", "text", LeadFact::convertedAccountId)));

  private static final FactTable<SpendFact> SPEND =
      new FactTable<>(
          "spend",
          List.of(
              new Column<>("period_start", "date", SpendFact::periodStart),
              new Column<>("period_end", "date", SpendFact::periodEnd),
              new Column<>("amount", "numeric", SpendFact::amount),
              new Column<>("currency", "text", SpendFact::currency),
              new Column<>("channel", "text", SpendFact::channel)));

  private final JdbcWork jdbc;

  FactStore(JdbcWork jdbc) {
    this.jdbc = jdbc;
  }

  public int revenue(List<RevenueFact> facts) {
    return jdbc.run(connection -> REVENUE.write(connection, facts));
  }

  public int activities(List<ActivityFact> facts) {
    return jdbc.run(connection -> ACTIVITIES.write(connection, facts));
  }

  public int leads(List<LeadFact> facts) {
    return jdbc.run(connection -> LEADS.write(connection, facts));
  }

  public int spend(List<SpendFact> facts) {
    return jdbc.run(connection -> SPEND.write(connection, facts));
  }
}
