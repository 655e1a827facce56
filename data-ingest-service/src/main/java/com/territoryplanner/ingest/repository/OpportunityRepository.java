package com.territoryplanner.ingest.repository;

import com.territoryplanner.ingest.domain.OpportunityRecord;
import com.territoryplanner.ingest.repository.BatchUpsert.Column;
import com.territoryplanner.platform.persistence.JdbcWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class OpportunityRepository {

  private static final BatchUpsert<OpportunityRecord> UPSERT =
      new BatchUpsert<>(
          "opportunity",
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
}
