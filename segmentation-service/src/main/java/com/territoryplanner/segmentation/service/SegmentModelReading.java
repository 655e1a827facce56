package com.territoryplanner.segmentation.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.territoryplanner.platform.problem.ApiProblem;
import com.territoryplanner.segmentation.domain.tree.SegmentModel;
import com.territoryplanner.segmentation.domain.tree.SegmentModelDefinition;
import com.territoryplanner.segmentation.domain.tree.SegmentModelReader;
import com.territoryplanner.segmentation.domain.tree.SegmentModelReader.InvalidSegmentModel;
import com.territoryplanner.segmentation.repository.SegmentModelEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;

/** Segment model definitions to and from their stored JSON, checked on the way in. */
@ApplicationScoped
public class SegmentModelReading {

  private final ObjectMapper json;

  SegmentModelReading(ObjectMapper json) {
    this.json = json;
  }

  /** The model the definition describes; a 400 problem listing every fault when it is not valid. */
  SegmentModel check(String name, int version, SegmentModelDefinition definition) {
    try {
      return SegmentModelReader.read(name, version, definition);
    } catch (InvalidSegmentModel e) {
      throw ApiProblem.invalid("The segment model is not valid", e.problems());
    }
  }

  SegmentModel model(SegmentModelEntity entity) {
    return SegmentModelReader.read(entity.key.name(), entity.key.version(), definition(entity));
  }

  SegmentModelDefinition definition(SegmentModelEntity entity) {
    return read(entity.definition, SegmentModelDefinition.class);
  }

  <T> T read(String text, Class<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
