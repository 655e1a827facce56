package com.territoryplanner.ingest.repository;

import com.territoryplanner.ingest.domain.OpportunityRecord;
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

@ApplicationScoped
public class OpportunityRepository {

  private static final BatchUpsert<OpportunityRecord> UPSERT =
      new BatchUpsert<>(
          "opportunity",
          true,
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
              new Column<>("owner_id", "text", OpportunityRecord::ownerId)));

  private final JdbcWork jdbc;

  OpportunityRepository(JdbcWork jdbc) {
    this.jdbc = jdbc;
  }

  /** See {@link BatchUpsert#upsert}: the keys written, each with whether it was created. */
  public Map<String, Boolean> upsert(
      List<OpportunityRecord> opportunities, String source, OffsetDateTime at) {
    return jdbc.run(connection -> UPSERT.upsert(connection, opportunities, source, at));
  }

  /** The opportunities a source holds on one of its accounts. */
  public List<OpportunityRecord> ofAccount(String source, String accountId) {
    return jdbc.run(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select * from opportunity where source = ? and account_id = ? order by id")) {
            select.setString(1, source);
            select.setString(2, accountId);
            List<OpportunityRecord> opportunities = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                opportunities.add(
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
                        row.getString("owner_id")));
              }
            }
            return opportunities;
          }
        });
  }
}
