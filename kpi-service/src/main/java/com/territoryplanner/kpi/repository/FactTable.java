package com.territoryplanner.kpi.repository;

import com.territoryplanner.kpi.domain.Fact;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A table of facts written a batch at a time in one set-based statement, idempotent by state: each
 * record's newest fact of the batch is written unless the stored row is newer or came from the same
 * event. Every such table has {@code id}, {@code deleted}, {@code source_at} and {@code
 * last_event_id} besides its own columns.
 */
final class FactTable<F extends Fact> {

  /** One of the table's own columns: its name, SQL type and value. */
  record Column<F>(String name, String type, Function<F, Object> value) {}

  private final List<Column<F>> columns;
  private final String upsert;

  FactTable(String table, List<Column<F>> own) {
    this.columns =
        Stream.concat(
                Stream.of(
                    new Column<F>("id", "text", Fact::id),
                    new Column<F>("deleted", "boolean", Fact::deleted),
                    new Column<F>("source_at", "timestamptz", Fact::occurredAt),
                    new Column<F>("last_event_id", "uuid", Fact::eventId)),
                own.stream())
            .toList();
    String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
    // every array is bound as text and cast, so one binding serves every type
    this.upsert =
        "insert into "
            + table
            + " ("
            + names
            + ") select * from unnest("
            + columns.stream()
                .map(c -> "?::text[]::" + c.type() + "[]")
                .collect(Collectors.joining(", "))
            + ") on conflict (id) do update set "
            + columns.stream()
                .skip(1)
                .map(c -> c.name() + " = excluded." + c.name())
                .collect(Collectors.joining(", "))
            + " where "
            + table
            + ".source_at < excluded.source_at or ("
            + table
            + ".source_at = excluded.source_at and "
            + table
            + ".last_event_id is distinct from excluded.last_event_id)";
  }

  /** Writes the batch; returns how many records changed. */
  int write(Connection connection, List<F> facts) throws SQLException {
    List<F> rows = Fact.newestById(facts);
    if (rows.isEmpty()) {
      return 0;
    }
    try (PreparedStatement write = connection.prepareStatement(upsert)) {
      for (int i = 0; i < columns.size(); i++) {
        Function<F, Object> value = columns.get(i).value();
        write.setArray(
            i + 1,
            connection.createArrayOf(
                "text", rows.stream().map(f -> Objects.toString(value.apply(f), null)).toArray()));
      }
      return write.executeUpdate();
    }
  }
}
