package com.territoryplanner.platform.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Dates and times in request bodies are read strictly: a number is not a date (Jackson would read
 * {@code "start": 0} as 1970-01-01 and a calendar would be scheduled there), and an impossible date
 * is refused, not rolled over. Such a body gets the usual 400 problem+json.
 */
@Singleton
public class StrictDates implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.setDefaultLeniency(false);
  }
}
