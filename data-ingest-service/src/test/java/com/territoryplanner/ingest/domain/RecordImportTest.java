package com.territoryplanner.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecordImportTest {

  private final List<Object> stored = new ArrayList<>();
  private final List<RejectedRow> rejects = new ArrayList<>();

  @Test
  void storesGoodRowsAndReportsEveryBadFieldWithRowAndColumn() throws IOException {
    ImportReport report =
        accounts(
            """
            id,name,postal_code,country,lat,lon,naics,employees,annual_revenue,currency
            A1,Acme,10001,us,40.75,-73.99,5112,120,1500000.50,usd
            A2,,10002,XX,95,-73.9,ab,-3,-1,EURO
            A3,Beta,,,,,,,,
            """);

    assertThat(report.rows()).isEqualTo(3);
    assertThat(report.accepted()).isEqualTo(2);
    assertThat(report.rejected()).isEqualTo(1);
    assertThat(report.status()).isEqualTo(RecordImport.COMPLETED);
    assertThat(stored)
        .containsExactly(
            account("A1", "Acme", "10001", "US", 40.75, -73.99, "5112", 120, "1500000.50"),
            account("A3", "Beta", null, null, null, null, null, null, null));
    assertThat(report.errors())
        .extracting(RowError::row, RowError::column)
        .containsExactly(
            tuple(2L, "name"),
            tuple(2L, "country"),
            tuple(2L, "lat"),
            tuple(2L, "naics"),
            tuple(2L, "employees"),
            tuple(2L, "annual_revenue"),
            tuple(2L, "currency"));
    assertThat(rejects)
        .singleElement()
        .satisfies(
            reject -> {
              assertThat(reject.row()).isEqualTo(2);
              assertThat(reject.original()).isEqualTo("A2,,10002,XX,95,-73.9,ab,-3,-1,EURO");
              assertThat(reject.errors()).isEqualTo(report.errors());
            });
  }

  @Test
  void rejectsARepeatedKeyTheSinkHasSeen() throws IOException {
    ImportReport report = accounts("id,name\nA1,Acme\nA1,Acme again\n");

    assertThat(report.accepted()).isEqualTo(1);
    assertThat(report.errors())
        .containsExactly(new RowError(2, "id", "repeats a key an earlier row of this import has"));
  }

  @Test
  void rejectsARowWithTheWrongNumberOfFieldsAndGoesOn() throws IOException {
    ImportReport report = accounts("id,name\nA1,Acme,extra\nA2,Beta\n");

    assertThat(report.errors()).extracting(RowError::row).containsExactly(1L);
    assertThat(storedIds()).containsExactly("A2");
  }

  @Test
  void keepsTheRowsBeforeAQuoteLeftOpenToTheEnd() throws IOException {
    ImportReport report = accounts("id,name\nA1,Acme\nA2,\"Beta\nA3,Gamma\n");

    assertThat(report.status()).isEqualTo(RecordImport.STOPPED_AT_UNREADABLE_ROW);
    assertThat(storedIds()).containsExactly("A1");
    assertThat(report.rejected()).isEqualTo(1);
  }

  @Test
  void refusesAFileWithoutTheRequiredColumns() {
    assertThatThrownBy(() -> accounts("{\"id\": 1}\n"))
        .isInstanceOfSatisfying(
            InvalidImportException.class,
            e -> assertThat(e.errors()).extracting(RowError::column).containsExactly("id", "name"));
  }

  @Test
  void readsAJsonArrayOfFlatObjects() throws IOException {
    ImportReport report =
        run(
            ImportFormat.JSON,
            ColumnProfile.GENERIC,
            new AccountColumns(),
            """
            [{"id": "A1", "name": "Acme", "lat": 40.75, "lon": -73.99, "employees": 120,
              "annual_revenue": 0.1, "country": "United States"},
             {"id": "A2", "name": "Nested", "address": {"zip": "10001"}},
             {"id": "A3", "name": null},
             "not an object"]
            """,
            RejectThreshold.NONE);

    assertThat(stored)
        .containsExactly(account("A1", "Acme", null, "US", 40.75, -73.99, null, 120, "0.1"));
    assertThat(report.errors())
        .extracting(RowError::row, RowError::column)
        .containsExactly(tuple(2L, "address"), tuple(3L, "name"), tuple(4L, null));
  }

  @Test
  void aJsonArrayStopsAtASyntaxErrorKeepingTheRowsBefore() throws IOException {
    ImportReport report =
        run(
            ImportFormat.JSON,
            ColumnProfile.GENERIC,
            new AccountColumns(),
            "[{\"id\": \"A1\", \"name\": \"Acme\"}, {\"id\": \"A2\", \"name\": ",
            RejectThreshold.NONE);

    assertThat(storedIds()).containsExactly("A1");
    assertThat(report.status()).isEqualTo(RecordImport.STOPPED_AT_UNREADABLE_ROW);
    assertThat(report.errors().get(0).reason()).startsWith("is not valid JSON");
  }

  @Test
  void ndjsonRejectsABrokenLineAndReadsOn() throws IOException {
    ImportReport report =
        run(
            ImportFormat.NDJSON,
            ColumnProfile.GENERIC,
            new AccountColumns(),
            "{\"id\":\"A1\",\"name\":\"Acme\"}\r\n{\"id\":\"A2\",\"name\n\n{\"id\":\"A3\",\"name\":\"C\"}",
            RejectThreshold.NONE);

    assertThat(storedIds()).containsExactly("A1", "A3");
    assertThat(report.status()).isEqualTo(RecordImport.COMPLETED);
    assertThat(rejects)
        .singleElement()
        .satisfies(
            reject -> {
              assertThat(reject.row()).isEqualTo(2);
              assertThat(reject.original()).isEqualTo("{\"id\":\"A2\",\"name");
            });
  }

  @Test
  void errorsNameTheColumnAsTheFileNamesIt() throws IOException {
    ImportReport report =
        run(
            ImportFormat.CSV,
            ColumnProfile.SALESFORCE,
            new AccountColumns(),
            "Id,Name,BillingLatitude,BillingLongitude\n001A,Acme,1,1\n001A,Again,1,1\n001B,Bad,95,10\n",
            RejectThreshold.NONE);

    assertThat(report.errors())
        .extracting(RowError::row, RowError::column)
        .containsExactly(tuple(2L, "Id"), tuple(3L, "BillingLatitude"));
  }

  @Test
  void readsASalesforceDataLoaderExport() throws IOException {
    run(
        ImportFormat.CSV,
        ColumnProfile.SALESFORCE,
        new AccountColumns(),
        """
        "Id","Name","BillingPostalCode","BillingCountry","BillingLatitude","BillingLongitude",\
        "Industry","NaicsCode","Sic","AnnualRevenue","NumberOfEmployees","OwnerId","Website","Type"
        "001A","Acme","10001","USA","40.75","-73.99","Software","5112","7372","2500000","120",\
        "005X","acme.com","Customer"
        """,
        RejectThreshold.NONE);

    assertThat(stored)
        .containsExactly(
            new AccountRecord(
                "001A",
                "Acme",
                "10001",
                "US",
                40.75,
                -73.99,
                "5112",
                120,
                new BigDecimal("2500000"),
                "USD",
                "Software",
                "7372",
                "acme.com",
                "005X",
                "Customer",
                AccountRecord.GIVEN,
                null));
  }

  @Test
  void readsSalesforceOpportunitiesWithDateTimes() throws IOException {
    run(
        ImportFormat.CSV,
        ColumnProfile.SALESFORCE,
        new OpportunityColumns(),
        """
        Id,AccountId,StageName,Amount,CloseDate,IsClosed,IsWon,CreatedDate,LeadSource,OwnerId
        006A,001A,Closed Won,5000,2026-03-31,true,true,2025-11-02T09:15:00.000+0000,Web,005X
        """,
        RejectThreshold.NONE);

    assertThat(stored)
        .containsExactly(
            new OpportunityRecord(
                "006A",
                "001A",
                "Closed Won",
                new BigDecimal("5000"),
                "USD",
                LocalDate.of(2026, 3, 31),
                true,
                true,
                LocalDate.of(2025, 11, 2),
                "Web",
                "005X",
                null));
  }

  @Test
  void readsAHubspotDealExportClosingDealsByStage() throws IOException {
    ImportReport report =
        run(
            ImportFormat.CSV,
            ColumnProfile.HUBSPOT,
            new OpportunityColumns(),
            """
            Record ID,Deal Name,Deal Stage,Amount,Close Date,Create Date,Associated Company IDs (Primary)
            11,Big deal,Closed won,900,2026-02-01 10:30,2025-12-01 08:00,77
            12,Lost deal,closedlost,100,2026-02-02,2025-12-02,77
            13,Open deal,Qualified to buy,100,,2025-12-03,77;78
            """,
            RejectThreshold.NONE);

    assertThat(stored)
        .extracting("id", "closed", "won", "closeDate")
        .containsExactly(
            tuple("11", true, true, LocalDate.of(2026, 2, 1)),
            tuple("12", true, false, LocalDate.of(2026, 2, 2)));
    assertThat(report.errors())
        .containsExactly(
            new RowError(
                3,
                "Associated Company IDs (Primary)",
                "names several accounts; give the primary one"));
  }

  @Test
  void readsSalesforceLeadsAndHubspotContactsAndRefusesAConversionBeforeCreation()
      throws IOException {
    ImportReport salesforce =
        run(
            ImportFormat.CSV,
            ColumnProfile.SALESFORCE,
            new LeadColumns(),
            """
            Id,Company,LeadSource,Status,IsConverted,ConvertedAccountId,CreatedDate,ConvertedDate,PostalCode
            00Q1,Acme,Web,Converted,true,001A,2025-09-01T10:00:00.000+0000,2025-10-01,10001
            00Q2,Beta,Trade Show,Open,false,,2025-09-02T10:00:00.000+0000,,60601
            00Q3,Gamma,Web,Converted,true,001C,2025-09-03,2025-08-01,94105
            """,
            RejectThreshold.NONE);
    run(
        ImportFormat.CSV,
        ColumnProfile.HUBSPOT,
        new LeadColumns(),
        """
        Record ID,First Name,Company Name,Original Source,Associated Company ID,Create Date
        501,Ada,Delta,Organic Search,77,2025-11-01 09:30
        """,
        RejectThreshold.NONE);

    assertThat(stored)
        .containsExactly(
            new LeadRecord(
                "00Q1",
                "Acme",
                "Web",
                "Converted",
                true,
                "001A",
                LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 10, 1),
                "10001",
                null,
                null,
                null,
                null),
            new LeadRecord(
                "00Q2",
                "Beta",
                "Trade Show",
                "Open",
                false,
                null,
                LocalDate.of(2025, 9, 2),
                null,
                "60601",
                null,
                null,
                null,
                null),
            new LeadRecord(
                "501",
                "Delta",
                "Organic Search",
                null,
                true,
                "77",
                LocalDate.of(2025, 11, 1),
                null,
                null,
                null,
                null,
                null,
                null));
    assertThat(salesforce.errors())
        .containsExactly(new RowError(3, "ConvertedDate", "is before created_date"));
  }

  @Test
  void readsErpRevenueLinesWithCreditNotesAndChecksTheMargin() throws IOException {
    ImportReport report =
        run(
            ImportFormat.CSV,
            ColumnProfile.GENERIC,
            new RevenueLineColumns(),
            """
            id,account_id,date,product_line,amount,cost,margin,currency
            L1,C-1,2026-01-15,Support,1200.50,800,,EUR
            L2,C-1,2026-02-01,Support,-200,-150,-50,EUR
            L3,C-2,2026-02-03,Licences,1000,600,500,
            L4,C-2,,Licences,,,,
            """,
            RejectThreshold.NONE);

    assertThat(stored)
        .containsExactly(
            new RevenueLineRecord(
                "L1",
                "C-1",
                LocalDate.of(2026, 1, 15),
                "Support",
                new BigDecimal("1200.50"),
                new BigDecimal("800"),
                new BigDecimal("400.50"),
                "EUR"),
            new RevenueLineRecord(
                "L2",
                "C-1",
                LocalDate.of(2026, 2, 1),
                "Support",
                new BigDecimal("-200"),
                new BigDecimal("-150"),
                new BigDecimal("-50"),
                "EUR"));
    assertThat(report.errors())
        .containsExactly(
            new RowError(3, "margin", "must equal amount minus cost (400)"),
            new RowError(4, "amount", "is required"),
            new RowError(4, "date", "is required"));
  }

  @Test
  void readsSalesforceActivitiesAndMarketingSpend() throws IOException {
    run(
        ImportFormat.CSV,
        ColumnProfile.SALESFORCE,
        new ActivityColumns(),
        """
        Id,AccountId,Type,ActivityDate,OwnerId,DurationInMinutes,Subject
        00T1,001A,Call,2026-03-02,005X,15,Renewal
        00T2,001A,,2026-03-03,005X,,
        """,
        RejectThreshold.NONE);
    ImportReport spend =
        run(
            ImportFormat.CSV,
            ColumnProfile.GENERIC,
            new SpendColumns(),
            """
            id,campaign,channel,period_start,period_end,amount,country
            S1,Spring launch,Paid Search,2026-03-01,2026-03-31,25000,United States
            S2,Trade show,Events,2026-04-10,,8000,US
            S3,Broken,Events,2026-04-10,2026-04-01,-5,US
            """,
            RejectThreshold.NONE);

    assertThat(stored)
        .containsExactly(
            new ActivityRecord(
                "00T1", "001A", "Call", LocalDate.of(2026, 3, 2), "005X", 15, "Renewal"),
            new ActivityRecord(
                "00T2", "001A", "Other", LocalDate.of(2026, 3, 3), "005X", null, null),
            new SpendRecord(
                "S1",
                "Spring launch",
                "Paid Search",
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31),
                new BigDecimal("25000"),
                "USD",
                "US",
                null),
            new SpendRecord(
                "S2",
                "Trade show",
                "Events",
                LocalDate.of(2026, 4, 10),
                LocalDate.of(2026, 4, 10),
                new BigDecimal("8000"),
                "USD",
                "US",
                null));
    assertThat(spend.errors())
        .containsExactly(
            new RowError(3, "amount", "must not be negative"),
            new RowError(3, "period_end", "is before period_start"));
  }

  @Test
  void readsMarketDataAndRefusesWhatCannotBePlacedOrDated() throws IOException {
    ImportReport firmographics =
        run(
            ImportFormat.CSV,
            ColumnProfile.GENERIC,
            new FirmographicColumns(),
            """
            country,postal_code,naics,companies,employees
            US,2139,5112,42,1200
            US,10001,51x,3,
            """,
            RejectThreshold.NONE);
    ImportReport competitors =
        run(
            ImportFormat.CSV,
            ColumnProfile.GENERIC,
            new CompetitorColumns(),
            """
            id,competitor,postal_code,country,lat,lon
            K1,Globex,,,40.7,-74.0
            K2,Globex,60601,US,,
            K3,Globex,,,,
            """,
            RejectThreshold.NONE);
    ImportReport indicators =
        run(
            ImportFormat.CSV,
            ColumnProfile.GENERIC,
            new EconomicIndicatorColumns(),
            """
            region,indicator,period,value,unit
            US:10001,population_growth,2025,-0.4,percent
            US,gdp_growth,2025-Q5,2.1,percent
            """,
            RejectThreshold.NONE);

    assertThat(stored)
        .containsExactly(
            new FirmographicCount("US", "02139", "5112", 42, 1200L, null, "USD", null, null),
            new CompetitorLocation("K1", "Globex", null, null, null, 40.7, -74.0),
            new CompetitorLocation("K2", "Globex", null, "60601", "US", null, null),
            new EconomicIndicator(
                "US:10001", "population_growth", "2025", new BigDecimal("-0.4"), "percent"));
    assertThat(firmographics.errors())
        .containsExactly(new RowError(2, "naics", "is not a NAICS code of 2 to 6 digits: '51x'"));
    assertThat(competitors.errors())
        .containsExactly(
            new RowError(3, "postal_code", "is required when lat and lon are not given"));
    assertThat(indicators.errors())
        .containsExactly(
            new RowError(
                2,
                "period",
                "is not a year, quarter or month (2025, 2025-Q3, 2025-07): '2025-Q5'"));
  }

  @Test
  void readsSalesforceUsers() throws IOException {
    ImportReport report =
        run(
            ImportFormat.CSV,
            ColumnProfile.SALESFORCE,
            new UserColumns(),
            """
            Id,Name,Email,Title,ManagerId,IsActive,PostalCode,Country
            005X,Avery Chen,avery@example.com,Account Executive,005M,true,10001,US
            005Y,Blake Diaz,,,,false,,
            005Z,Casey,not-an-address,,,,,
            """,
            RejectThreshold.NONE);

    assertThat(stored)
        .containsExactly(
            new UserRecord(
                "005X",
                "Avery Chen",
                "avery@example.com",
                "Account Executive",
                "005M",
                true,
                "10001",
                "US",
                null,
                null),
            new UserRecord("005Y", "Blake Diaz", null, null, null, false, null, null, null, null));
    assertThat(report.errors())
        .containsExactly(new RowError(3, "Email", "is not an e-mail address: 'not-an-address'"));
  }

  @Test
  void aJsonElementBeyondTheRecordLimitStopsTheImportAndKeepsTheRowsBefore() throws IOException {
    String huge = "x".repeat((1 << 20) + 10_000);
    ImportReport report =
        run(
            ImportFormat.JSON,
            ColumnProfile.GENERIC,
            new AccountColumns(),
            "[{\"id\":\"A1\",\"name\":\"Acme\"},{\"id\":\"A2\",\"name\":\""
                + huge
                + "\"},{\"id\":\"A3\",\"name\":\"Never read\"}]",
            RejectThreshold.NONE);

    assertThat(storedIds()).containsExactly("A1");
    assertThat(report.status()).isEqualTo("STOPPED_AT_UNREADABLE_ROW");
    assertThat(report.errors())
        .extracting(RowError::row, RowError::reason)
        .containsExactly(tuple(2L, "a record is longer than 1 MiB characters"));
  }

  @Test
  void aCustomMappingRenamesColumnsOnTopOfTheProfile() throws IOException {
    ColumnProfile profile =
        ColumnProfile.of(
            ColumnProfile.HUBSPOT,
            ImportedEntity.ACCOUNT,
            List.of("postal_code:ZIP"),
            new AccountColumns().columns());
    new RecordImport<>(new AccountColumns(), heading(ImportFormat.CSV))
        .run(
            ImportFormat.CSV.open(
                new StringReader("Record ID,Company name,ZIP\n9,Nine,02139\n"),
                profile,
                new AccountColumns()),
            sink(new AccountColumns()),
            RejectThreshold.NONE);

    assertThat(stored).extracting("postalCode").containsExactly("02139");
  }

  @Test
  void anUnknownProfileOrMappingTargetIsRefused() {
    Set<String> columns = new AccountColumns().columns();
    assertThatThrownBy(
            () -> ColumnProfile.of("dynamics", ImportedEntity.ACCOUNT, List.of(), columns))
        .isInstanceOf(InvalidImportException.class)
        .hasMessageContaining("not a known profile");
    assertThatThrownBy(
            () ->
                ColumnProfile.of(
                    ColumnProfile.GENERIC, ImportedEntity.ACCOUNT, List.of("zip:ZIP"), columns))
        .isInstanceOf(InvalidImportException.class)
        .hasMessageContaining("names no account column: 'zip'");
  }

  @Test
  void aThresholdOfRowsAbortsAsSoonAsItIsPassed() {
    assertThatThrownBy(
            () ->
                run(
                    ImportFormat.CSV,
                    ColumnProfile.GENERIC,
                    new AccountColumns(),
                    "id,name\nA1,\nA2,\nA3,Fine\n",
                    new RejectThreshold(1L, null)))
        .isInstanceOfSatisfying(
            RecordImport.ThresholdExceeded.class, e -> assertThat(e.report().rows()).isEqualTo(2));
    assertThat(stored).isEmpty();
  }

  @Test
  void aThresholdShareIsCheckedAgainstAllRows() throws IOException {
    String csv = "id,name\nA1,\nA2,Fine\nA3,Fine\nA4,Fine\n";
    assertThat(
            run(
                    ImportFormat.CSV,
                    ColumnProfile.GENERIC,
                    new AccountColumns(),
                    csv,
                    new RejectThreshold(null, 25.0))
                .rejected())
        .isEqualTo(1);
    assertThatThrownBy(
            () ->
                run(
                    ImportFormat.CSV,
                    ColumnProfile.GENERIC,
                    new AccountColumns(),
                    csv,
                    new RejectThreshold(null, 24.9)))
        .isInstanceOf(RecordImport.ThresholdExceeded.class);
  }

  private ImportReport accounts(String csv) throws IOException {
    return run(
        ImportFormat.CSV, ColumnProfile.GENERIC, new AccountColumns(), csv, RejectThreshold.NONE);
  }

  private <T> ImportReport run(
      ImportFormat format,
      String profile,
      RowMapping<T> mapping,
      String input,
      RejectThreshold threshold)
      throws IOException {
    ColumnProfile columns =
        ColumnProfile.of(profile, mapping.entity(), List.of(), mapping.columns());
    return new RecordImport<>(mapping, heading(format))
        .run(format.open(new StringReader(input), columns, mapping), sink(mapping), threshold);
  }

  private static ImportHeading heading(ImportFormat format) {
    return new ImportHeading(UUID.randomUUID(), format, ColumnProfile.GENERIC, false);
  }

  /** Keeps records in memory; repeats of a key are duplicates, as the database sink finds them. */
  private <T> RecordImport.Sink<T> sink(RowMapping<T> mapping) {
    Set<Object> keys = new HashSet<>();
    return new RecordImport.Sink<>() {
      @Override
      public List<UpsertOutcome> store(List<T> records, List<SourceRow> rows) {
        List<UpsertOutcome> outcomes = new ArrayList<>();
        for (T record : records) {
          Object key = mapping.key(record);
          if (keys.add(key)) {
            stored.add(record);
            outcomes.add(UpsertOutcome.CREATED);
          } else {
            outcomes.add(UpsertOutcome.DUPLICATE);
          }
        }
        return outcomes;
      }

      @Override
      public void reject(RejectedRow row) {
        rejects.add(row);
      }
    };
  }

  private List<String> storedIds() {
    return stored.stream().map(r -> ((AccountRecord) r).id()).toList();
  }

  private static AccountRecord account(
      String id,
      String name,
      String postal,
      String country,
      Double lat,
      Double lon,
      String naics,
      Integer employees,
      String revenue) {
    return new AccountRecord(
        id,
        name,
        postal,
        country,
        lat,
        lon,
        naics,
        employees,
        revenue == null ? null : new BigDecimal(revenue),
        "USD",
        null,
        null,
        null,
        null,
        null,
        lat == null ? null : AccountRecord.GIVEN,
        null);
  }
}
