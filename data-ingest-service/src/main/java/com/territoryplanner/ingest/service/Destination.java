package com.territoryplanner.ingest.service;

import com.territoryplanner.ingest.domain.RowMapping;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Where one kind of record from one source goes: how rows become records, how a batch of distinct
 * records is prepared, written and published, the tables it fills, and how one record is deleted
 * (null for kinds that are replaced by importing them again, not deleted one by one).
 */
record Destination<T>(
    RowMapping<T> mapping,
    UnaryOperator<List<T>> prepare,
    BatchWriter<T> writer,
    BatchPublisher<T> publisher,
    List<String> tables,
    Deletion deletion) {

  /** Writes one batch of distinct records; answers the keys written, each with "created". */
  interface BatchWriter<T> {
    Map<String, Boolean> write(List<T> records, OffsetDateTime at);
  }

  /** Publishes the records a batch created or changed. */
  interface BatchPublisher<T> {
    void publish(List<T> changed, Instant at);
  }

  /** Deletes one record and publishes the deletion; false when there was no such record. */
  interface Deletion {
    boolean delete(String key, Instant at);
  }

  /**
   * Prepares, writes and publishes one batch of distinct records; answers the keys written, each
   * with "created".
   */
  Map<String, Boolean> apply(List<T> distinct) {
    List<T> prepared = prepare.apply(distinct);
    Instant at = Instant.now();
    Map<String, Boolean> written = writer.write(prepared, at.atOffset(ZoneOffset.UTC));
    publisher.publish(
        prepared.stream().filter(record -> written.containsKey(mapping.key(record))).toList(), at);
    return written;
  }

  boolean deletable() {
    return deletion != null;
  }
}
