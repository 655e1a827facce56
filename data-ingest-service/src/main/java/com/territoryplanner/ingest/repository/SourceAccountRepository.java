package com.territoryplanner.ingest.repository;

import com.territoryplanner.ingest.domain.AccountRecord;
import com.territoryplanner.ingest.repository.BatchUpsert.Column;
import com.territoryplanner.platform.persistence.JdbcWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Each source's account records, keyed by source and the id the source gave them. */
@ApplicationScoped
public class SourceAccountRepository {

  public static final String TABLE = "source_account";

  private static final BatchUpsert<AccountRecord> UPSERT =
      new BatchUpsert<>(TABLE, true, columns());

  private final JdbcWork jdbc;

  SourceAccountRepository(JdbcWork jdbc) {
    this.jdbc = jdbc;
  }

  private static List<Column<AccountRecord>> columns() {
    List<Column<AccountRecord>> columns = new ArrayList<>(AccountTable.FIELDS);
    columns.add(new Column<>("same_as", "text", AccountRecord::sameAs));
    columns.add(new Column<>("web_domain", "text", AccountRecord::webDomain));
    columns.add(new Column<>("name_key", "text", AccountRecord::nameKey));
    return columns;
  }

  /** See {@link BatchUpsert#upsert}: the keys written, each with whether it was created. */
  public Map<String, Boolean> upsert(
      List<AccountRecord> accounts, String source, OffsetDateTime at) {
    return jdbc.run(connection -> UPSERT.upsert(connection, accounts, source, at));
  }

  /**
   * Deletes the record and its link to a golden account; answers what was stored, or empty when
   * there was no such record.
   */
  public Optional<AccountRecord> delete(String source, String id) {
    return jdbc.run(
        connection -> {
          try (PreparedStatement delete =
              connection.prepareStatement(
                  "with unlinked as (delete from account_link where source = ? and external_id = ?)"
                      + " delete from source_account where source = ? and id = ? returning *")) {
            delete.setString(1, source);
            delete.setString(2, id);
            delete.setString(3, source);
            delete.setString(4, id);
            try (ResultSet row = delete.executeQuery()) {
              return row.next()
                  ? Optional.of(AccountTable.read(row, true))
                  : Optional.<AccountRecord>empty();
            }
          }
        });
  }
}
