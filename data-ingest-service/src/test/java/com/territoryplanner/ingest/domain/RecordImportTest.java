package com.territoryplanner.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CsvImportTest {

  private final List<AccountRecord> stored = new ArrayList<>();
  private final List<RowError> rejects = new ArrayList<>();

  @Test
  void storesGoodRowsAndReportsEveryBadFieldWithRowAndColumn() throws IOException {
    ImportReport report =
        run(
            """
            id,name,postal_code,country,lat,lon,naics,employees,annual_revenue,currency
            A1,Acme,10001,us,40.75,-73.99,5112,120,1500000.50,usd
            A2,,10002,XX,95,-73.9,ab,-3,-1,EURO
            A3,Beta,,,,,,,,
            """);

    assertThat(report.rows()).isEqualTo(3);
    assertThat(report.accepted()).isEqualTo(2);
    assertThat(report.rejected()).isEqualTo(1);
    assertThat(report.status()).isEqualTo(CsvImport.COMPLETED);
    assertThat(stored)
        .containsExactly(
            new AccountRecord(
                "A1",
                "Acme",
                "10001",
                "US",
                40.75,
                -73.99,
                "5112",
                120,
                new BigDecimal("1500000.50"),
                "USD"),
            new AccountRecord("A3", "Beta", null, null, null, null, null, null, null, "USD"));
    assertThat(report.errors())
        .extracting(RowError::row, RowError::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, "name"),
            org.assertj.core.groups.Tuple.tuple(2L, "country"),
            org.assertj.core.groups.Tuple.tuple(2L, "lat"),
            org.assertj.core.groups.Tuple.tuple(2L, "naics"),
            org.assertj.core.groups.Tuple.tuple(2L, "employees"),
            org.assertj.core.groups.Tuple.tuple(2L, "annual_revenue"),
            org.assertj.core.groups.Tuple.tuple(2L, "currency"));
    assertThat(rejects).isEqualTo(report.errors());
  }

  @Test
  void rejectsARepeatedIdWithinTheFile() throws IOException {
    ImportReport report = run("id,name\nA1,Acme\nA1,Acme again\n");

    assertThat(report.accepted()).isEqualTo(1);
    assertThat(report.errors())
        .containsExactly(new RowError(2, "id", "repeats a key seen earlier in this file"));
  }

  @Test
  void rejectsARowWithTheWrongNumberOfFieldsAndGoesOn() throws IOException {
    ImportReport report = run("id,name\nA1,Acme,extra\nA2,Beta\n");

    assertThat(report.errors()).extracting(RowError::row).containsExactly(1L);
    assertThat(stored).extracting(AccountRecord::id).containsExactly("A2");
  }

  @Test
  void keepsTheRowsBeforeAQuoteLeftOpenToTheEnd() throws IOException {
    ImportReport report = run("id,name\nA1,Acme\nA2,\"Beta\nA3,Gamma\n");

    assertThat(report.status()).isEqualTo(CsvImport.STOPPED_AT_UNREADABLE_ROW);
    assertThat(stored).extracting(AccountRecord::id).containsExactly("A1");
    assertThat(report.rejected()).isEqualTo(1);
  }

  @Test
  void refusesAFileWithoutTheRequiredColumns() {
    assertThatThrownBy(() -> run("{\"id\": 1}\n"))
        .isInstanceOfSatisfying(
            InvalidImportException.class,
            e -> assertThat(e.errors()).extracting(RowError::column).containsExactly("id", "name"));
  }

  private ImportReport run(String csv) throws IOException {
    return new CsvImport<>("account", new GenericAccountColumns())
        .run(
            UUID.randomUUID(),
            new StringReader(csv),
            record -> {
              stored.add(record);
              return UpsertOutcome.CREATED;
            },
            rejects::add);
  }
}
