package com.territoryplanner.ingest.repository;

import com.territoryplanner.ingest.domain.AccountRecord;
import com.territoryplanner.ingest.repository.BatchUpsert.Column;
import com.territoryplanner.platform.persistence.JdbcWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class AccountRepository {

  private static final BatchUpsert<AccountRecord> UPSERT =
      new BatchUpsert<>(
          "account",
          List.of(
              new Column<>("id", "text", AccountRecord::id),
              new Column<>("name", "text", AccountRecord::name),
              new Column<>("postal_code", "text", AccountRecord::postalCode),
              new Column<>("country", "text", AccountRecord::country),
              new Column<>("latitude", "float8", AccountRecord::latitude),
              new Column<>("longitude", "float8", AccountRecord::longitude),
              new Column<>("naics", "text", AccountRecord::naics),
              new Column<>("employees", "int4", AccountRecord::employees),
              new Column<>("annual_revenue", "numeric", AccountRecord::annualRevenue),
              new Column<>("currency", "text", AccountRecord::currency),
              new Column<>("industry", "text", AccountRecord::industry),
              new Column<>("sic", "text", AccountRecord::sic),
              new Column<>("website", "text", AccountRecord::website),
              new Column<>("owner_id", "text", AccountRecord::ownerId),
              new Column<>("account_type", "text", AccountRecord::type),
              new Column<>("location_source", "text", AccountRecord::locationSource)));

  private final JdbcWork jdbc;

  AccountRepository(JdbcWork jdbc) {
    this.jdbc = jdbc;
  }

  /** See {@link BatchUpsert#upsert}: the keys written, each with whether it was created. */
  public Map<String, Boolean> upsert(
      List<AccountRecord> accounts, String source, OffsetDateTime at) {
    return jdbc.run(connection -> UPSERT.upsert(connection, accounts, source, at));
  }

  /** Deletes the account; answers what was stored, or empty when there was no such account. */
  public Optional<AccountRecord> delete(String id) {
    return AccountEntity.<AccountEntity>findByIdOptional(id)
        .map(
            account -> {
              AccountRecord last = account.toRecord();
              account.delete();
              return last;
            });
  }

  public Optional<AccountRecord> find(String id) {
    return AccountEntity.<AccountEntity>findByIdOptional(id).map(AccountEntity::toRecord);
  }
}
