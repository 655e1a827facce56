package com.territoryplanner.segmentation.domain;

import com.uber.h3core.H3Core;
import com.uber.h3core.util.LatLng;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;

/**
 * The H3 hexagonal grid heat maps aggregate on, at three resolutions: 4 (about 1,770 km² a cell, a
 * whole-country view), 6 (36 km², a region) and 8 (0.7 km², a city). An account's cells are
 * computed once, when it is stored; a heat map groups by them.
 */
public final class HexGrid {

  public static final List<Integer> RESOLUTIONS = List.of(4, 6, 8);

  private static final H3Core H3;

  static {
    try {
      H3 = H3Core.newInstance();
    } catch (IOException e) {
      throw new UncheckedIOException("The H3 library could not be loaded", e);
    }
  }

  private HexGrid() {}

  /** The cell of a point at a resolution. */
  public static long cell(double latitude, double longitude, int resolution) {
    return H3.latLngToCell(latitude, longitude, resolution);
  }

  /** The resolution a map zoom level (0 world to 20 street) shows best. */
  public static int resolutionForZoom(int zoom) {
    return zoom <= 6 ? 4 : zoom <= 10 ? 6 : 8;
  }

  public static String address(long cell) {
    return H3.h3ToString(cell);
  }

  /** The cell's boundary as a closed GeoJSON ring, [lon, lat] positions. */
  public static double[][] ring(long cell) {
    List<LatLng> boundary = H3.cellToBoundary(cell);
    double[][] ring = new double[boundary.size() + 1][];
    for (int i = 0; i < boundary.size(); i++) {
      ring[i] = new double[] {boundary.get(i).lng, boundary.get(i).lat};
    }
    ring[boundary.size()] = ring[0];
    return ring;
  }

  /** The cell and the cells sharing an edge with it. */
  public static List<Long> neighbourhood(long cell) {
    return H3.gridDisk(cell, 1);
  }

  /** The cells sharing an edge with this one (six, or five around a pentagon). */
  public static List<Long> neighbours(long cell) {
    return H3.gridDisk(cell, 1).stream().filter(other -> other != cell).toList();
  }

  /** The cell's centre, [lon, lat]. */
  public static double[] centre(long cell) {
    LatLng centre = H3.cellToLatLng(cell);
    return new double[] {centre.lng, centre.lat};
  }

  /**
   * The outline of a set of cells as GeoJSON MultiPolygon coordinates: one polygon per connected
   * piece, each an outer ring and any holes, closed, [lon, lat] positions.
   */
  public static List<List<double[][]>> outline(Collection<Long> cells) {
    return H3.cellsToMultiPolygon(cells, true).stream()
        .map(
            polygon ->
                polygon.stream()
                    .map(
                        loop ->
                            loop.stream()
                                .map(point -> new double[] {point.lng, point.lat})
                                .toArray(double[][]::new))
                    .toList())
        .toList();
  }
}
