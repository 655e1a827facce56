package com.territoryplanner.ingest.repository;

import com.territoryplanner.ingest.domain.LeadRecord;
import com.territoryplanner.ingest.repository.BatchUpsert.Column;
import com.territoryplanner.platform.persistence.JdbcWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class LeadRepository {

  private static final BatchUpsert<LeadRecord> UPSERT =
      new BatchUpsert<>(
          "lead",
          true,
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
              new Column<>("owner_id", "text", LeadRecord::ownerId)));

  private final JdbcWork jdbc;

  LeadRepository(JdbcWork jdbc) {
    this.jdbc = jdbc;
  }

  /** See {@link BatchUpsert#upsert}: the keys written, each with whether it was created. */
  public Map<String, Boolean> upsert(List<LeadRecord> leads, String source, OffsetDateTime at) {
    return jdbc.run(connection -> UPSERT.upsert(connection, leads, source, at));
  }
}
