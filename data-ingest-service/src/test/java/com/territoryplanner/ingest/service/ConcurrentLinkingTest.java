package com.territoryplanner.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.territoryplanner.ingest.HeldTransaction;
import com.territoryplanner.ingest.domain.AccountRecord;
import com.territoryplanner.ingest.repository.GoldenAccountRepository;
import com.territoryplanner.ingest.repository.SourceAccountRepository;
import com.territoryplanner.testsupport.Eventually;
import com.territoryplanner.testsupport.RealInfrastructure;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** Records of one source written by two transactions at once, as two replicas or a push do. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class ConcurrentLinkingTest {

  @Inject GoldenAccounts goldens;
  @Inject SourceAccountRepository records;
  @Inject GoldenAccountRepository links;
  @Inject AgroalDataSource database;

  private final String p = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void twoTransactionsOfOneSourceDoNotLinkTwoOfItsRecordsToOneGoldenAccount() throws Exception {
    String website = "https://" + p + "-shared.example.com";
    QuarkusTransaction.requiringNew().run(() -> write("erp", account(p + "-E", website)));
    ExecutorService threads = Executors.newSingleThreadExecutor();
    try (HeldTransaction first =
        HeldTransaction.hold(() -> write("crm", account(p + "-C1", website)))) {
      Future<?> second =
          threads.submit(
              () ->
                  QuarkusTransaction.requiringNew()
                      .run(() -> write("crm", account(p + "-C2", website))));

      // the second waits for the golden account the first linked its record to
      assertThatThrownBy(() -> second.get(1, TimeUnit.SECONDS))
          .isInstanceOf(TimeoutException.class);
      first.commit();
      second.get(30, TimeUnit.SECONDS);
    } finally {
      threads.shutdownNow();
    }

    String shared =
        QuarkusTransaction.requiringNew()
            .call(() -> links.goldenIds("erp", List.of(p + "-E")))
            .get(p + "-E");
    Map<String, String> crm =
        QuarkusTransaction.requiringNew()
            .call(() -> links.goldenIds("crm", List.of(p + "-C1", p + "-C2")));
    assertThat(crm.get(p + "-C1")).isEqualTo(shared);
    assertThat(crm.get(p + "-C2")).isNotEqualTo(shared);
  }

  @Test
  void aWriteLocksTheAccountsItRefreshesWithItsCandidatesSoItHoldsNoneWhileWaiting()
      throws Exception {
    // golden account p-A holds a CRM record that changes; p-B an ERP record a new CRM record
    // matches
    QuarkusTransaction.requiringNew()
        .run(() -> write("crm", account(p + "-A", "https://" + p + "-a.example.com")));
    QuarkusTransaction.requiringNew()
        .run(() -> write("erp", account(p + "-B", "https://" + p + "-b.example.com")));
    ExecutorService threads = Executors.newSingleThreadExecutor();
    try (Connection other = database.getConnection()) {
      // another writer (a worker of another import) locks in id order: p-A, and p-B next
      other.setAutoCommit(false);
      assertThat(lockNow(other, p + "-A")).isTrue();
      Future<?> write =
          threads.submit(
              () ->
                  QuarkusTransaction.requiringNew()
                      .run(
                          () ->
                              write(
                                  "crm",
                                  account(p + "-A", "https://" + p + "-a2.example.com"),
                                  account(p + "-N", "https://" + p + "-b.example.com"))));
      int otherPid = backendPid(other);
      Eventually.until(() -> waitedFor(otherPid));

      // the write holds p-B only once it has p-A: the other writer takes p-B at once, no deadlock
      assertThat(lockNow(other, p + "-B")).isTrue();
      other.commit();
      write.get(30, TimeUnit.SECONDS);
    } finally {
      threads.shutdownNow();
    }
    assertThat(
            QuarkusTransaction.requiringNew()
                .call(() -> links.goldenIds("crm", List.of(p + "-N")))
                .get(p + "-N"))
        .isEqualTo(p + "-B");
  }

  /** Locks the golden account, or answers false at once when another transaction holds it. */
  private static boolean lockNow(Connection connection, String goldenId) throws SQLException {
    try (PreparedStatement lock =
        connection.prepareStatement(
            "select id from golden_account where id = ? for update nowait")) {
      lock.setString(1, goldenId);
      lock.executeQuery().close();
      return true;
    } catch (SQLException e) {
      if ("55P03".equals(e.getSQLState())) {
        return false;
      }
      throw e;
    }
  }

  /** Whether another session waits for a lock the session holds. */
  private boolean waitedFor(int holderPid) {
    try (Connection connection = database.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select count(*) from pg_stat_activity where ? = any(pg_blocking_pids(pid))")) {
      select.setInt(1, holderPid);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1) > 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int backendPid(Connection connection) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("select pg_backend_pid()");
        ResultSet row = select.executeQuery()) {
      row.next();
      return row.getInt(1);
    }
  }

  private void write(String source, AccountRecord... written) {
    Instant at = Instant.now();
    List<AccountRecord> batch = List.of(written);
    records.upsert(batch, source, at.atOffset(ZoneOffset.UTC));
    goldens.recordsWritten(source, batch, at);
  }

  private static AccountRecord account(String id, String website) {
    return new AccountRecord(
        id,
        "Company " + id,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        website,
        null,
        null,
        null,
        null);
  }
}
