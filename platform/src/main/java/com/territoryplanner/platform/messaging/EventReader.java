package com.territoryplanner.platform.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.territoryplanner.contracts.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reads an event of a known family from its JSON payload; unknown (newer) fields are ignored. */
@ApplicationScoped
public class EventReader {

  private final ObjectMapper json;

  /** One reader per family, its deserializer found once rather than per event. */
  private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

  EventReader(ObjectMapper json) {
    this.json = json;
  }

  public <T extends DomainEvent> T read(String payload, Class<T> family) {
    try {
      return readers.computeIfAbsent(family, json::readerFor).readValue(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Unreadable " + family.getSimpleName() + " payload: " + e.getOriginalMessage(), e);
    }
  }
}
