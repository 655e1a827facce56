package com.territoryplanner.kpi.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.territoryplanner.contracts.ActivityEvent;
import com.territoryplanner.contracts.AssignmentEvent;
import com.territoryplanner.contracts.DomainEvent;
import com.territoryplanner.contracts.LeadEvent;
import com.territoryplanner.contracts.OpportunityEvent;
import com.territoryplanner.contracts.RevenueEvent;
import com.territoryplanner.contracts.SegmentEvent;
import com.territoryplanner.contracts.SpendEvent;
import com.territoryplanner.testsupport.RealInfrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Sends the events the KPI service consumes, keyed as ingest and balancing key them. */
final class EventFeed implements AutoCloseable {

  private final KafkaProducer<String, String> producer = RealInfrastructure.kafkaProducer();
  private final ObjectMapper json;

  EventFeed(ObjectMapper json) {
    this.json = json;
  }

  void send(String topic, DomainEvent event) {
    join(sendAsync(topic, event));
  }

  Future<?> sendAsync(String topic, DomainEvent event) {
    try {
      return sendRaw(topic, event.aggregateId(), json.writeValueAsString(event));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Any payload, readable or not. */
  Future<?> sendRaw(String topic, String key, String payload) {
    return producer.send(new ProducerRecord<>(topic, key, payload));
  }

  static AssignmentEvent assign(
      String accountId, UUID territory, String name, LocalDate effectiveFrom) {
    return assignIn(UUID.randomUUID(), accountId, territory, name, effectiveFrom);
  }

  /** An account's owner in one plan. */
  static AssignmentEvent assignIn(
      UUID plan, String accountId, UUID territory, String name, LocalDate effectiveFrom) {
    return new AssignmentEvent(
        UUID.randomUUID(),
        AssignmentEvent.ACCOUNT_ASSIGNED,
        Instant.now(),
        AssignmentEvent.SCHEMA_VERSION,
        accountId,
        plan,
        territory,
        name,
        UUID.nameUUIDFromBytes(name.getBytes()),
        "Rep of " + name,
        effectiveFrom);
  }

  /** An opportunity; {@code won} implies closed. */
  static OpportunityEvent opportunity(
      String id,
      String accountId,
      String amount,
      String currency,
      LocalDate created,
      LocalDate close,
      boolean closed,
      boolean won) {
    return new OpportunityEvent(
        UUID.randomUUID(),
        OpportunityEvent.UPSERTED,
        Instant.now(),
        OpportunityEvent.SCHEMA_VERSION,
        id,
        accountId,
        won ? "Closed Won" : closed ? "Closed Lost" : "Negotiation",
        new BigDecimal(amount),
        currency,
        close,
        closed || won,
        won,
        created,
        null,
        null,
        null);
  }

  /** An account's segment and potential, as segmentation publishes them. */
  static SegmentEvent segment(String accountId, String segment, String potential, String currency) {
    return new SegmentEvent(
        UUID.randomUUID(),
        SegmentEvent.CHANGED,
        Instant.now(),
        SegmentEvent.SCHEMA_VERSION,
        accountId,
        new BigDecimal(potential),
        currency,
        "SMB",
        "4",
        segment,
        "test@1");
  }

  /** A revenue line; cost and margin may be null. */
  static RevenueEvent revenue(
      String id, String accountId, LocalDate date, String amount, String margin, String currency) {
    return new RevenueEvent(
        UUID.randomUUID(),
        RevenueEvent.UPSERTED,
        Instant.now(),
        RevenueEvent.SCHEMA_VERSION,
        id,
        accountId,
        "erp",
        date,
        "Licences",
        new BigDecimal(amount),
        null,
        margin == null ? null : new BigDecimal(margin),
        currency);
  }

  static ActivityEvent activity(
      String id, String accountId, String type, LocalDate date, Integer minutes) {
    return new ActivityEvent(
        UUID.randomUUID(),
        ActivityEvent.UPSERTED,
        Instant.now(),
        ActivityEvent.SCHEMA_VERSION,
        id,
        accountId,
        "crm",
        type,
        date,
        "U1",
        minutes,
        "Follow-up");
  }

  /** A lead; converted when it names the account it became. */
  static LeadEvent lead(String id, String leadSource, LocalDate created, String convertedAccount) {
    return new LeadEvent(
        UUID.randomUUID(),
        LeadEvent.UPSERTED,
        Instant.now(),
        LeadEvent.SCHEMA_VERSION,
        id,
        "marketing",
        "Company of " + id,
        leadSource,
        convertedAccount == null ? "Open" : "Converted",
        convertedAccount != null,
        convertedAccount,
        created,
        convertedAccount == null ? null : created.plusDays(7),
        "10001",
        "US",
        null,
        null,
        null);
  }

  static SpendEvent spend(
      String id, LocalDate start, LocalDate end, String amount, String currency) {
    return new SpendEvent(
        UUID.randomUUID(),
        SpendEvent.UPSERTED,
        Instant.now(),
        SpendEvent.SCHEMA_VERSION,
        id,
        "marketing",
        "Spring campaign",
        "Events",
        start,
        end,
        new BigDecimal(amount),
        currency,
        "US",
        null);
  }

  static void join(Future<?> future) {
    try {
      future.get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
