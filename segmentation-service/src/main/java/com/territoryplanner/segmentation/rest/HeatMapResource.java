package com.territoryplanner.segmentation.rest;

import com.territoryplanner.platform.security.Roles;
import com.territoryplanner.segmentation.domain.HeatCell;
import com.territoryplanner.segmentation.domain.HexGrid;
import com.territoryplanner.segmentation.domain.HotSpot;
import com.territoryplanner.segmentation.service.SegmentationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/heatmap")
@Tag(name = "Heat map", description = "Accounts and potential on a hexagonal grid")
@Produces("application/geo+json")
@RolesAllowed(Roles.VIEWER)
public class HeatMapResource {

  /** A GeoJSON FeatureCollection of hexagons (RFC 7946, lon/lat). */
  public record HexMap(String type, List<Hexagon> features) {}

  /** One hexagon: its H3 address, its boundary and its figures. */
  public record Hexagon(String type, String id, Polygon geometry, Figures properties) {}

  public record Polygon(String type, List<double[][]> coordinates) {}

  public record Figures(
      int resolution,
      long accounts,
      long customers,
      Map<String, BigDecimal> potential,
      long competitors,
      long leads) {}

  /** A GeoJSON FeatureCollection of hot spots, largest first. */
  public record HotSpotMap(String type, List<HotSpotArea> features) {}

  /** One hot spot: the outline of its hexagons and its figures. */
  public record HotSpotArea(String type, MultiPolygon geometry, HotSpotFigures properties) {}

  public record MultiPolygon(String type, List<List<double[][]>> coordinates) {}

  public record HotSpotFigures(
      int resolution,
      List<String> cells,
      long accounts,
      long customers,
      long competitors,
      String currency,
      BigDecimal potential,
      int reps,
      double[] centre) {}

  private final SegmentationService segmentation;

  HeatMapResource(SegmentationService segmentation) {
    this.segmentation = segmentation;
  }

  @GET
  @Operation(
      summary = "Accounts and potential per H3 hexagon inside a bounding box",
      description =
          "Each feature is one H3 cell whose centre lies in the box (its accounts' totals, kept"
              + " as accounts change), or that holds competitor locations or leads inside the box:"
              + " accounts, customers among them (account type Customer...), their potential (the"
              + " white space) per currency, never added across currencies, competitors, and leads"
              + " created since leadsSince (the lead flow; 90 days by default). Resolution"
              + " 4 (about 1,770 km² a cell) suits a whole country, 6 a region, 8 a city; without"
              + " one, the map zoom chooses (up to 6: 4, up to 10: 6, beyond: 8).")
  public HexMap heatMap(
      @QueryParam("minLon") @NotNull @DecimalMin("-180") @DecimalMax("180") Double minLon,
      @QueryParam("minLat") @NotNull @DecimalMin("-90") @DecimalMax("90") Double minLat,
      @QueryParam("maxLon") @NotNull @DecimalMin("-180") @DecimalMax("180") Double maxLon,
      @QueryParam("maxLat") @NotNull @DecimalMin("-90") @DecimalMax("90") Double maxLat,
      @Parameter(description = "H3 resolution: 4, 6 or 8") @QueryParam("resolution")
          Integer resolution,
      @Parameter(description = "Map zoom level, 0 to 20, when no resolution is given")
          @QueryParam("zoom")
          @DefaultValue("4")
          int zoom,
      @Parameter(description = "Count the leads created from this day on (YYYY-MM-DD)")
          @QueryParam("leadsSince")
          LocalDate leadsSince) {
    int chosen = resolution == null ? HexGrid.resolutionForZoom(zoom) : resolution;
    List<HeatCell> cells =
        segmentation.heatMap(
            chosen,
            minLon,
            minLat,
            maxLon,
            maxLat,
            leadsSince == null ? LocalDate.now(ZoneOffset.UTC).minusDays(90) : leadsSince);
    return new HexMap(
        "FeatureCollection",
        cells.stream()
            .map(
                cell ->
                    new Hexagon(
                        "Feature",
                        HexGrid.address(cell.cell()),
                        new Polygon("Polygon", List.<double[][]>of(HexGrid.ring(cell.cell()))),
                        new Figures(
                            chosen,
                            cell.accounts(),
                            cell.customers(),
                            cell.potential(),
                            cell.competitors(),
                            cell.leads())))
            .toList());
  }

  @GET
  @Path("/hotspots")
  @Operation(
      summary = "Clusters dense enough in potential to justify dedicated reps",
      description =
          "On the heat map of the box: a hexagon is hot when its potential in the currency is at"
              + " least minCellShare × capacity; hot hexagons sharing an edge form a cluster; a"
              + " cluster holding at least one capacity of potential is a hot spot. Each comes"
              + " with its outline, hexagons, accounts, customers, competitors, potential, reps"
              + " (potential ÷ capacity, rounded down) and potential-weighted centre [lon, lat];"
              + " largest first.")
  public HotSpotMap hotSpots(
      @QueryParam("minLon") @NotNull @DecimalMin("-180") @DecimalMax("180") Double minLon,
      @QueryParam("minLat") @NotNull @DecimalMin("-90") @DecimalMax("90") Double minLat,
      @QueryParam("maxLon") @NotNull @DecimalMin("-180") @DecimalMax("180") Double maxLon,
      @QueryParam("maxLat") @NotNull @DecimalMin("-90") @DecimalMax("90") Double maxLat,
      @Parameter(description = "Potential one rep can cover, in currency")
          @QueryParam("capacity")
          @NotNull
          @DecimalMin(value = "0", inclusive = false)
          BigDecimal capacity,
      @Parameter(description = "ISO 4217 code of the potential looked at")
          @QueryParam("currency")
          @DefaultValue("USD")
          @Pattern(regexp = "[A-Z]{3}")
          String currency,
      @Parameter(description = "H3 resolution: 4, 6 or 8")
          @QueryParam("resolution")
          @DefaultValue("6")
          int resolution,
      @Parameter(description = "Share of a rep's capacity that makes a hexagon hot, 0 to 1")
          @QueryParam("minCellShare")
          @DefaultValue("0.05")
          @DecimalMin("0")
          @DecimalMax("1")
          double minCellShare) {
    List<HotSpot> spots =
        segmentation.hotSpots(
            resolution, minLon, minLat, maxLon, maxLat, currency, capacity, minCellShare);
    return new HotSpotMap(
        "FeatureCollection",
        spots.stream()
            .map(
                spot ->
                    new HotSpotArea(
                        "Feature",
                        new MultiPolygon("MultiPolygon", HexGrid.outline(spot.cells())),
                        new HotSpotFigures(
                            resolution,
                            spot.cells().stream().map(HexGrid::address).toList(),
                            spot.accounts(),
                            spot.customers(),
                            spot.competitors(),
                            currency,
                            spot.potential(),
                            spot.reps(),
                            spot.centre())))
            .toList());
  }
}
