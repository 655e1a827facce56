package com.territoryplanner.ingest.repository;

import com.territoryplanner.ingest.domain.GeographyUnit;
import com.territoryplanner.ingest.repository.BatchUpsert.Column;
import com.territoryplanner.platform.geo.AreaGeometry;
import com.territoryplanner.platform.persistence.JdbcWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/** Geography units with their areas, and the adjacency between units of one source. */
@ApplicationScoped
public class GeographyRepository {

  public static final String TABLE = "geography_unit";
  public static final String ADJACENCY_TABLE = "geography_adjacency";

  private static final BatchUpsert<GeographyUnit> UPSERT =
      new BatchUpsert<>(
          TABLE,
          true,
          List.of(
              new Column<>("id", "text", GeographyUnit::id),
              new Column<>("kind", "text", GeographyUnit::kind),
              new Column<>("name", "text", GeographyUnit::name),
              new Column<>("country", "text", GeographyUnit::country),
              new Column<>("latitude", "float8", GeographyUnit::latitude),
              new Column<>("longitude", "float8", GeographyUnit::longitude),
              new Column<>("area", "text", GeographyUnit::areaGeoJson),
              new Column<>("min_lon", "float8", bound(Envelope::getMinX)),
              new Column<>("min_lat", "float8", bound(Envelope::getMinY)),
              new Column<>("max_lon", "float8", bound(Envelope::getMaxX)),
              new Column<>("max_lat", "float8", bound(Envelope::getMaxY)),
              new Column<>(
                  "given_neighbours",
                  "text",
                  unit ->
                      unit.givenNeighbours().isEmpty()
                          ? null
                          : String.join(";", unit.givenNeighbours()))));

  /** A unit with its stored fields and current neighbours, as published and served. */
  public record StoredUnit(
      String id,
      String kind,
      String name,
      String country,
      double latitude,
      double longitude,
      String area,
      List<String> neighbours) {}

  private final JdbcWork jdbc;

  GeographyRepository(JdbcWork jdbc) {
    this.jdbc = jdbc;
  }

  private static Function<GeographyUnit, Object> bound(Function<Envelope, Double> side) {
    return unit -> unit.area() == null ? null : side.apply(unit.area().getEnvelopeInternal());
  }

  /** See {@link BatchUpsert#upsert}: the ids written, each with whether it was created. */
  public Map<String, Boolean> upsert(List<GeographyUnit> units, String source, OffsetDateTime at) {
    return jdbc.run(connection -> UPSERT.upsert(connection, units, source, at));
  }

  /**
   * The areas of the source's units whose bounding box meets one of these units' areas, by unit id,
   * each unit's candidates listed under its own id. Units whose source gave their neighbours are
   * not candidates: their neighbours are the given ones.
   */
  public Map<String, Map<String, Geometry>> areasAround(String source, List<GeographyUnit> units) {
    Map<String, Map<String, Geometry>> around = new HashMap<>();
    Map<String, Geometry> parsed = new HashMap<>();
    jdbc.query(
        "select b.id, u.id, u.area from unnest(?::text[], ?::float8[], ?::float8[], ?::float8[],"
            + " ?::float8[]) as b(id, x1, y1, x2, y2)"
            + " join geography_unit u on u.source = ? and u.area is not null"
            + " and u.given_neighbours is null"
            + " and u.id <> b.id and box(point(u.min_lon, u.min_lat),"
            + " point(u.max_lon, u.max_lat)) && box(point(b.x1, b.y1), point(b.x2, b.y2))",
        row -> {
          String candidate = row.getString(2);
          Geometry area = parsed.get(candidate);
          if (area == null) {
            area = AreaGeometry.read(row.getString(3));
            parsed.put(candidate, area);
          }
          around.computeIfAbsent(row.getString(1), id -> new HashMap<>()).put(candidate, area);
        },
        JdbcWork.array("text", units, GeographyUnit::id),
        JdbcWork.array("float8", units, bound(Envelope::getMinX)),
        JdbcWork.array("float8", units, bound(Envelope::getMinY)),
        JdbcWork.array("float8", units, bound(Envelope::getMaxX)),
        JdbcWork.array("float8", units, bound(Envelope::getMaxY)),
        source);
    return around;
  }

  /**
   * Replaces the adjacency of these units with the given pairs (stored both ways), keeping the
   * pairs other units' given neighbours make with them; answers every unit whose neighbours may
   * have changed: these, their former and their new neighbours.
   */
  public Collection<String> replaceAdjacency(
      String source, Collection<String> unitIds, Map<String, List<String>> neighbours) {
    TreeSet<String> touched = new TreeSet<>(unitIds);
    JdbcWork.SqlArray ids = JdbcWork.array("text", unitIds);
    jdbc.query(
        "delete from geography_adjacency where source = ? and"
            + " (unit_id = any(?) or neighbour_id = any(?)) returning unit_id",
        row -> touched.add(row.getString(1)),
        source,
        ids,
        ids);
    List<String> from = new ArrayList<>();
    List<String> to = new ArrayList<>();
    neighbours.forEach(
        (unit, list) ->
            list.forEach(
                neighbour -> {
                  from.add(unit);
                  to.add(neighbour);
                  touched.add(neighbour);
                }));
    jdbc.query(
        "select u.id, n from geography_unit u,"
            + " unnest(string_to_array(u.given_neighbours, ';')) as n"
            + " where u.source = ? and u.given_neighbours is not null"
            + " and n = any(?) and u.id <> all(?)",
        row -> {
          from.add(row.getString(1));
          to.add(row.getString(2));
        },
        source,
        ids,
        ids);
    jdbc.update(
        "insert into geography_adjacency (source, unit_id, neighbour_id)"
            + " select distinct ?, d.unit, d.neighbour"
            + " from unnest(?::text[], ?::text[]) as p(a, b),"
            + " lateral (values (a, b), (b, a)) as d(unit, neighbour)"
            + " on conflict do nothing",
        source,
        JdbcWork.array("text", from),
        JdbcWork.array("text", to));
    return touched;
  }

  /** These units as stored (those that exist), with their neighbours. */
  public List<StoredUnit> find(String source, Collection<String> unitIds) {
    return jdbc.list(
        "select u.id, u.kind, u.name, u.country, u.latitude, u.longitude, u.area,"
            + " array(select a.neighbour_id from geography_adjacency a"
            + " where a.source = u.source and a.unit_id = u.id order by 1)"
            + " from geography_unit u where u.source = ? and u.id = any(?) order by u.id",
        row ->
            new StoredUnit(
                row.getString(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                row.getDouble(5),
                row.getDouble(6),
                row.getString(7),
                Arrays.asList((String[]) row.getArray(8).getArray())),
        source,
        JdbcWork.array("text", unitIds));
  }

  public Optional<StoredUnit> find(String source, String unitId) {
    return find(source, List.of(unitId)).stream().findFirst();
  }
}
