package com.territoryplanner.ingest.service;

import com.territoryplanner.ingest.domain.GeographyUnit;
import com.territoryplanner.ingest.messaging.IngestEvents;
import com.territoryplanner.ingest.repository.GeographyRepository;
import com.territoryplanner.ingest.repository.GeographyRepository.StoredUnit;
import com.territoryplanner.platform.geo.AreaGeometry;
import com.territoryplanner.platform.problem.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * Geography units and their adjacency, symmetric: the neighbours the source gives, and for units
 * without given ones, the units (also without given ones) of the same source whose areas share a
 * boundary line. Either way the result does not depend on the order units arrive in. A unit's
 * neighbours are worked out again whenever it is written, and every unit whose neighbours changed
 * is published.
 */
@ApplicationScoped
public class GeographyService {

  private final GeographyRepository units;
  private final IngestEvents events;

  GeographyService(GeographyRepository units, IngestEvents events) {
    this.units = units;
    this.events = events;
  }

  @Transactional
  public StoredUnit unit(String source, String id) {
    return units
        .find(source, id)
        .orElseThrow(() -> ApiProblem.notFound("Geography unit", source + ":" + id));
  }

  /** Sets the neighbours of these just-written units and publishes every unit that changed. */
  void unitsWritten(String source, List<GeographyUnit> written, Instant at) {
    if (written.isEmpty()) {
      return;
    }
    List<GeographyUnit> derived =
        written.stream().filter(u -> u.givenNeighbours().isEmpty() && u.area() != null).toList();
    Map<String, Map<String, Geometry>> around =
        derived.isEmpty() ? Map.of() : units.areasAround(source, derived);
    Map<String, List<String>> neighbours = new HashMap<>();
    for (GeographyUnit unit : written) {
      neighbours.put(
          unit.id(),
          unit.givenNeighbours().isEmpty()
              ? adjacent(unit.area(), around.getOrDefault(unit.id(), Map.of()))
              : unit.givenNeighbours());
    }
    Collection<String> touched =
        units.replaceAdjacency(
            source, written.stream().map(GeographyUnit::id).toList(), neighbours);
    events.geographyUpserted(units.find(source, touched), source, at);
  }

  private static List<String> adjacent(Geometry area, Map<String, Geometry> candidates) {
    return candidates.entrySet().stream()
        .filter(candidate -> AreaGeometry.adjacent(area, candidate.getValue()))
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }
}
