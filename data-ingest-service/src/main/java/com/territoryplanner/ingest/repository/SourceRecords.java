package com.territoryplanner.ingest.repository;

import com.territoryplanner.ingest.domain.ActivityRecord;
import com.territoryplanner.ingest.domain.CompetitorLocation;
import com.territoryplanner.ingest.domain.EconomicIndicator;
import com.territoryplanner.ingest.domain.FirmographicCount;
import com.territoryplanner.ingest.domain.LeadRecord;
import com.territoryplanner.ingest.domain.OpportunityRecord;
import com.territoryplanner.ingest.domain.RevenueLineRecord;
import com.territoryplanner.ingest.domain.SpendRecord;
import com.territoryplanner.ingest.domain.UserRecord;
import com.territoryplanner.ingest.repository.BatchUpsert.Column;
import com.territoryplanner.platform.persistence.JdbcWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The records sources hold besides accounts: opportunities, leads, revenue lines, activities, users
 * and spend; and market data.
 */
@ApplicationScoped
public class SourceRecords {

  public static final SourceTable<OpportunityRecord> OPPORTUNITIES =
      new SourceTable<>(
          "opportunity",
          "account_id",
          List.of(
              new Column<>("id", "text", OpportunityRecord::id),
              new Column<>("account_id", "text", OpportunityRecord::accountId),
              new Column<>("stage", "text", OpportunityRecord::stage),
              new Column<>("amount", "numeric", OpportunityRecord::amount),
              new Column<>("currency", "text", OpportunityRecord::currency),
              new Column<>("close_date", "date", OpportunityRecord::closeDate),
              new Column<>("is_closed", "boolean", OpportunityRecord::closed),
              new Column<>("is_won", "boolean", OpportunityRecord::won),
              new Column<>("created_date", "date", OpportunityRecord::createdDate),
              new Column<>("lead_source", "text", OpportunityRecord::leadSource),
              new Column<>("owner_id", "text", OpportunityRecord::ownerId),
              new Column<>("loss_reason", "text", OpportunityRecord::lossReason)),
          row ->
              new OpportunityRecord(
                  row.getString("id"),
                  row.getString("account_id"),
                  row.getString("stage"),
                  row.getBigDecimal("amount"),
                  row.getString("currency"),
                  row.getObject("close_date", LocalDate.class),
                  row.getBoolean("is_closed"),
                  row.getBoolean("is_won"),
                  row.getObject("created_date", LocalDate.class),
                  row.getString("lead_source"),
                  row.getString("owner_id"),
                  row.getString("loss_reason")));

  public static final SourceTable<LeadRecord> LEADS =
      new SourceTable<>(
          "lead",
          "converted_account_id",
          List.of(
              new Column<>("id", "text", LeadRecord::id),
              new Column<>("company", "text", LeadRecord::company),
              new Column<>("lead_source", "text", LeadRecord::leadSource),
              new Column<>("status", "text", LeadRecord::status),
              new Column<>("is_converted", "boolean", LeadRecord::converted),
              new Column<>("converted_account_id", "text", LeadRecord::convertedAccountId),
              new Column<>("created_date", "date", LeadRecord::createdDate),
              new Column<>("converted_date", "date", LeadRecord::convertedDate),
              new Column<>("postal_code", "text", LeadRecord::postalCode),
              new Column<>("country", "text", LeadRecord::country),
              new Column<>("owner_id", "text", LeadRecord::ownerId),
              new Column<>("latitude", "float8", LeadRecord::latitude),
              new Column<>("longitude", "float8", LeadRecord::longitude)),
          row ->
              new LeadRecord(
                  row.getString("id"),
                  row.getString("company"),
                  row.getString("lead_source"),
                  row.getString("status"),
                  row.getBoolean("is_converted"),
                  row.getString("converted_account_id"),
                  row.getObject("created_date", LocalDate.class),
                  row.getObject("converted_date", LocalDate.class),
                  row.getString("postal_code"),
                  row.getString("country"),
                  row.getString("owner_id"),
                  row.getObject("latitude", Double.class),
                  row.getObject("longitude", Double.class)));

  public static final SourceTable<RevenueLineRecord> REVENUE_LINES =
      new SourceTable<>(
          "revenue_line",
          "account_id",
          List.of(
              new Column<>("id", "text", RevenueLineRecord::id),
              new Column<>("account_id", "text", RevenueLineRecord::accountId),
              new Column<>("line_date", "date", RevenueLineRecord::date),
              new Column<>("product_line", "text", RevenueLineRecord::productLine),
              new Column<>("amount", "numeric", RevenueLineRecord::amount),
              new Column<>("cost", "numeric", RevenueLineRecord::cost),
              new Column<>("margin", "numeric", RevenueLineRecord::margin),
              new Column<>("currency", "text", RevenueLineRecord::currency)),
          row ->
              new RevenueLineRecord(
                  row.getString("id"),
                  row.getString("account_id"),
                  row.getObject("line_date", LocalDate.class),
                  row.getString("product_line"),
                  row.getBigDecimal("amount"),
                  row.getBigDecimal("cost"),
                  row.getBigDecimal("margin"),
                  row.getString("currency")));

  public static final SourceTable<ActivityRecord> ACTIVITIES =
      new SourceTable<>(
          "activity",
          "account_id",
          List.of(
              new Column<>("id", "text", ActivityRecord::id),
              new Column<>("account_id", "text", ActivityRecord::accountId),
              new Column<>("type", "text", ActivityRecord::type),
              new Column<>("activity_date", "date", ActivityRecord::date),
              new Column<>("owner_id", "text", ActivityRecord::ownerId),
              new Column<>("duration_minutes", "int4", ActivityRecord::durationMinutes),
              new Column<>("subject", "text", ActivityRecord::subject)),
          row ->
              new ActivityRecord(
                  row.getString("id"),
                  row.getString("account_id"),
                  row.getString("type"),
                  row.getObject("activity_date", LocalDate.class),
                  row.getString("owner_id"),
                  row.getObject("duration_minutes", Integer.class),
                  row.getString("subject")));

  public static final SourceTable<SpendRecord> SPEND =
      new SourceTable<>(
          "spend",
          null,
          List.of(
              new Column<>("id", "text", SpendRecord::id),
              new Column<>("campaign", "text", SpendRecord::campaign),
              new Column<>("channel", "text", SpendRecord::channel),
              new Column<>("period_start", "date", SpendRecord::periodStart),
              new Column<>("period_end", "date", SpendRecord::periodEnd),
              new Column<>("amount", "numeric", SpendRecord::amount),
              new Column<>("currency", "text", SpendRecord::currency),
              new Column<>("country", "text", SpendRecord::country),
              new Column<>("postal_code", "text", SpendRecord::postalCode)),
          null);

  public static final SourceTable<UserRecord> USERS =
      new SourceTable<>(
          "crm_user",
          null,
          List.of(
              new Column<>("id", "text", UserRecord::id),
              new Column<>("name", "text", UserRecord::name),
              new Column<>("email", "text", UserRecord::email),
              new Column<>("role", "text", UserRecord::role),
              new Column<>("manager_id", "text", UserRecord::managerId),
              new Column<>("is_active", "boolean", UserRecord::active),
              new Column<>("postal_code", "text", UserRecord::postalCode),
              new Column<>("country", "text", UserRecord::country),
              new Column<>("latitude", "float8", UserRecord::latitude),
              new Column<>("longitude", "float8", UserRecord::longitude)),
          null);

  public static final SourceTable<FirmographicCount> FIRMOGRAPHICS =
      new SourceTable<>(
          "firmographic_count",
          null,
          List.of(
              new Column<>("id", "text", FirmographicCount::key),
              new Column<>("country", "text", FirmographicCount::country),
              new Column<>("postal_code", "text", FirmographicCount::postalCode),
              new Column<>("naics", "text", FirmographicCount::naics),
              new Column<>("companies", "int4", FirmographicCount::companies),
              new Column<>("employees", "int8", FirmographicCount::employees),
              new Column<>("revenue", "numeric", FirmographicCount::revenue),
              new Column<>("currency", "text", FirmographicCount::currency),
              new Column<>("latitude", "float8", FirmographicCount::latitude),
              new Column<>("longitude", "float8", FirmographicCount::longitude)),
          null);

  public static final SourceTable<CompetitorLocation> COMPETITOR_LOCATIONS =
      new SourceTable<>(
          "competitor_location",
          null,
          List.of(
              new Column<>("id", "text", CompetitorLocation::id),
              new Column<>("competitor", "text", CompetitorLocation::competitor),
              new Column<>("name", "text", CompetitorLocation::name),
              new Column<>("postal_code", "text", CompetitorLocation::postalCode),
              new Column<>("country", "text", CompetitorLocation::country),
              new Column<>("latitude", "float8", CompetitorLocation::latitude),
              new Column<>("longitude", "float8", CompetitorLocation::longitude)),
          null);

  public static final SourceTable<EconomicIndicator> ECONOMIC_INDICATORS =
      new SourceTable<>(
          "economic_indicator",
          null,
          List.of(
              new Column<>("id", "text", EconomicIndicator::key),
              new Column<>("region", "text", EconomicIndicator::region),
              new Column<>("indicator", "text", EconomicIndicator::indicator),
              new Column<>("period", "text", EconomicIndicator::period),
              new Column<>("value", "numeric", EconomicIndicator::value),
              new Column<>("unit", "text", EconomicIndicator::unit)),
          null);

  private final JdbcWork jdbc;

  SourceRecords(JdbcWork jdbc) {
    this.jdbc = jdbc;
  }

  /** See {@link BatchUpsert#upsert}: the keys written, each with whether it was created. */
  public <T> Map<String, Boolean> upsert(
      SourceTable<T> table, List<T> records, String source, OffsetDateTime at) {
    return jdbc.run(connection -> table.upsert.upsert(connection, records, source, at));
  }

  /** The records a source holds on one of its accounts. */
  public <T> List<T> ofAccount(SourceTable<T> table, String source, String accountId) {
    return jdbc.run(
        connection -> {
          try (PreparedStatement select = connection.prepareStatement(table.selectByAccount)) {
            select.setString(1, source);
            select.setString(2, accountId);
            List<T> records = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                records.add(table.read.read(row));
              }
            }
            return records;
          }
        });
  }

  /** Deletes one record; answers what was stored, or empty when there was no such record. */
  public <T> Optional<T> delete(SourceTable<T> table, String source, String id) {
    return jdbc.run(
        connection -> {
          try (PreparedStatement delete =
              connection.prepareStatement(
                  "delete from " + table.name() + " where source = ? and id = ? returning *")) {
            delete.setString(1, source);
            delete.setString(2, id);
            try (ResultSet row = delete.executeQuery()) {
              return row.next() ? Optional.of(table.read.read(row)) : Optional.<T>empty();
            }
          }
        });
  }
}
