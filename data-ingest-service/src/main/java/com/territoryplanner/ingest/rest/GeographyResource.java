package com.territoryplanner.ingest.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.territoryplanner.ingest.repository.GeographyRepository.StoredUnit;
import com.territoryplanner.ingest.service.GeographyService;
import com.territoryplanner.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/geography/{source}/units/{unitId}")
@Tag(name = "Geography", description = "Basic units of geography with their areas and neighbours")
@Produces("application/geo+json")
@RolesAllowed(Roles.VIEWER)
public class GeographyResource {

  /** A unit as a GeoJSON Feature (RFC 7946, lon/lat). */
  public record UnitFeature(
      String type,
      String id,
      @JsonRawValue
          @Schema(
              type = SchemaType.OBJECT,
              description = "GeoJSON Polygon or MultiPolygon; null when only the centre is known")
          String geometry,
      UnitProperties properties) {}

  /** A unit's properties in its Feature. */
  public record UnitProperties(
      String kind,
      String name,
      String country,
      double latitude,
      double longitude,
      List<String> neighbours) {}

  private final GeographyService geography;

  GeographyResource(GeographyService geography) {
    this.geography = geography;
  }

  @GET
  @Operation(summary = "One unit: its area, centre and neighbours, as a GeoJSON Feature")
  public UnitFeature unit(@PathParam("source") String source, @PathParam("unitId") String unitId) {
    StoredUnit unit = geography.unit(source, unitId);
    return new UnitFeature(
        "Feature",
        unit.id(),
        unit.area(),
        new UnitProperties(
            unit.kind(),
            unit.name(),
            unit.country(),
            unit.latitude(),
            unit.longitude(),
            unit.neighbours()));
  }
}
