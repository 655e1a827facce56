package com.territoryplanner.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.triangulate.DelaunayTriangulationBuilder;

/**
 * {@code bench/generate-ctdp}: a commercial territory design instance in the recipe of {@code
 * ../shared/data/README.md} (after Rios-Mercado and Fernandez 2009, large class of Gliesch et al.
 * 2018): n units uniform in a 1000 x 1000 km square at the equator, Delaunay adjacency, customers
 * uniform in [4,20], demand in [15,400], workload in [15,100].
 *
 * <p>Usage: {@code generate-ctdp --units N --seed S --out PREFIX} writes PREFIX.units.csv and
 * PREFIX.adjacency.csv.
 */
public final class CtdpInstance {

  private static final double KM_PER_DEGREE = 111.195;
  private static final double SIDE_KM = 1000;

  private CtdpInstance() {}

  public static void main(String[] args) throws IOException {
    int n = Integer.parseInt(value(args, "--units"));
    long seed = Long.parseLong(value(args, "--seed"));
    String out = value(args, "--out");
    SplittableRandom random = new SplittableRandom(seed);
    List<Coordinate> points = new ArrayList<>(n);
    try (BufferedWriter writer = Files.newBufferedWriter(Path.of(out + ".units.csv"))) {
      writer.write("id,lat,lon,customers,demand,workload\n");
      for (int u = 0; u < n; u++) {
        double lat = random.nextDouble() * SIDE_KM / KM_PER_DEGREE;
        double lon = random.nextDouble() * SIDE_KM / KM_PER_DEGREE;
        Coordinate point = new Coordinate(lon, lat);
        point.setZ(u);
        points.add(point);
        writer.write(
            String.format(
                Locale.ROOT,
                "u%d,%.6f,%.6f,%d,%d,%d%n",
                u,
                lat,
                lon,
                random.nextInt(4, 21),
                random.nextInt(15, 401),
                random.nextInt(15, 101)));
      }
    }
    DelaunayTriangulationBuilder delaunay = new DelaunayTriangulationBuilder();
    delaunay.setSites(points);
    Geometry edges = delaunay.getEdges(new GeometryFactory());
    try (BufferedWriter writer = Files.newBufferedWriter(Path.of(out + ".adjacency.csv"))) {
      writer.write("a,b\n");
      for (int i = 0; i < edges.getNumGeometries(); i++) {
        LineString edge = (LineString) edges.getGeometryN(i);
        writer.write(
            "u" + unitOf(edge.getCoordinateN(0)) + ",u" + unitOf(edge.getCoordinateN(1)) + "\n");
      }
    }
  }

  private static long unitOf(Coordinate coordinate) {
    return Math.round(coordinate.getZ());
  }

  private static String value(String[] args, String name) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    throw new IllegalArgumentException(name + " is required");
  }
}
