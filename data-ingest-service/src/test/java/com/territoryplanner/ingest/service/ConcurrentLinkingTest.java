package com.territoryplanner.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.territoryplanner.ingest.HeldTransaction;
import com.territoryplanner.ingest.domain.AccountRecord;
import com.territoryplanner.ingest.repository.GoldenAccountRepository;
import com.territoryplanner.ingest.repository.SourceAccountRepository;
import com.territoryplanner.testsupport.RealInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
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

  private void write(String source, AccountRecord record) {
    Instant at = Instant.now();
    records.upsert(List.of(record), source, at.atOffset(ZoneOffset.UTC));
    goldens.recordsWritten(source, List.of(record), at);
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
