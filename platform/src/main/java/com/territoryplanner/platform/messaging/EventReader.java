package com.territoryplanner.platform.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.territoryplanner.contracts.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads an event of a known family from its JSON payload; unknown (newer) fields are ignored. */
@ApplicationScoped
public class EventReader {

  private final ObjectMapper json;

  EventReader(ObjectMapper json) {
    this.json = json;
  }

  public <T extends DomainEvent> T read(String payload, Class<T> family) {
    try {
      return json.readValue(payload, family);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Unreadable " + family.getSimpleName() + " payload: " + e.getOriginalMessage(), e);
    }
  }
}
