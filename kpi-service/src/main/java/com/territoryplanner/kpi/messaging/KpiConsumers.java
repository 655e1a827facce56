package com.territoryplanner.kpi.messaging;

import com.territoryplanner.contracts.AssignmentEvent;
import com.territoryplanner.contracts.OpportunityEvent;
import com.territoryplanner.contracts.SegmentEvent;
import com.territoryplanner.kpi.domain.OpportunityFact;
import com.territoryplanner.kpi.service.KpiFactsService;
import com.territoryplanner.platform.messaging.EventReader;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Account owners from plan activations, segments, and opportunities from ingest. A payload that
 * cannot be read or processed goes to the channel's dead-letter topic. Opportunities come in
 * batches (a replay of the topic is the common heavy load); a batch that fails as a whole is
 * processed event by event, so one poisoned event costs only itself.
 */
@ApplicationScoped
public class KpiConsumers {

  private static final Logger LOG = Logger.getLogger(KpiConsumers.class);

  private final EventReader reader;
  private final KpiFactsService facts;
  private final Emitter<String> opportunityDeadLetters;

  KpiConsumers(
      EventReader reader,
      KpiFactsService facts,
      @Channel("opportunity-dead-letters") Emitter<String> opportunityDeadLetters) {
    this.reader = reader;
    this.facts = facts;
    this.opportunityDeadLetters = opportunityDeadLetters;
  }

  @Incoming("assignments")
  @Blocking
  public void onAssignment(String payload) {
    facts.accountAssigned(reader.read(payload, AssignmentEvent.class));
  }

  @Incoming("segments")
  @Blocking
  public void onSegment(String payload) {
    facts.segmentChanged(reader.read(payload, SegmentEvent.class));
  }

  @Incoming("opportunities")
  @Blocking
  public void onOpportunities(ConsumerRecords<String, String> records) {
    Map<OpportunityFact, ConsumerRecord<String, String>> readable = new LinkedHashMap<>();
    for (ConsumerRecord<String, String> record : records) {
      try {
        readable.put(
            KpiFactsService.factOf(reader.read(record.value(), OpportunityEvent.class)), record);
      } catch (IllegalArgumentException e) {
        deadLetter(record, e);
      }
    }
    try {
      facts.opportunitiesChanged(new ArrayList<>(readable.keySet()));
    } catch (RuntimeException batchFailure) {
      LOG.warnf(
          "A batch of %d opportunity events failed (%s); processing them one by one",
          readable.size(), batchFailure.getMessage());
      readable.forEach(
          (fact, record) -> {
            try {
              facts.opportunitiesChanged(List.of(fact));
            } catch (RuntimeException e) {
              deadLetter(record, e);
            }
          });
    }
  }

  /** Sends the record as it came, with its key, and the reason in a header. */
  private void deadLetter(ConsumerRecord<String, String> record, RuntimeException reason) {
    LOG.warnf("Opportunity event sent to the dead-letter topic: %s", reason.getMessage());
    RecordHeaders headers = new RecordHeaders();
    headers.add(
        "dead-letter-reason", String.valueOf(reason.getMessage()).getBytes(StandardCharsets.UTF_8));
    opportunityDeadLetters.send(
        Message.of(record.value())
            .addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder()
                    .withKey(record.key())
                    .withHeaders(headers)
                    .build()));
  }
}
