package com.territoryplanner.kpi.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.territoryplanner.kpi.domain.MetricSpread;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/** Metric spreads stored as a JSON array in a text column (null entries kept in place). */
@ApplicationScoped
public class MetricSpreadColumn {

  private final ObjectMapper json;

  MetricSpreadColumn(ObjectMapper json) {
    this.json = json;
  }

  String write(List<MetricSpread> spreads) {
    try {
      return json.writeValueAsString(spreads);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<MetricSpread> read(String column) {
    try {
      return Arrays.asList(json.readValue(column, MetricSpread[].class));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
