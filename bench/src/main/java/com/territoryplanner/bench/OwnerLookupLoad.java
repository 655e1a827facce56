package com.territoryplanner.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Owner lookups under load: wrk on the same machine, each request a different account (or postal
 * code) in turn, with wrk's own latency percentiles.
 */
final class OwnerLookupLoad {

  private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern PERCENTILE =
      Pattern.compile("^\\s+(50|90|99)%\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);
  private static final Pattern ERRORS = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

  private OwnerLookupLoad() {}

  /**
   * Runs wrk against {@code base} for the given seconds; each request's path is the Lua expression
   * {@code path} of the request counter {@code n}, and each carries {@code credential}, one header
   * as {@code "Name: value"}.
   */
  static Map<String, Object> run(
      String base, String path, int seconds, int connections, Path work, String credential)
      throws IOException, InterruptedException {
    Path script = work.resolve("owner-lookup.lua");
    Files.writeString(
        script,
        "local n = 0\n"
            + "wrk.headers['"
            + credential.substring(0, credential.indexOf(':'))
            + "'] = '"
            + credential.substring(credential.indexOf(':') + 1).trim()
            + "'\n"
            + "request = function()\n"
            + "  n = n + 1\n"
            + "  return wrk.format('GET', "
            + path
            + ")\n"
            + "end\n");
    Process wrk =
        new ProcessBuilder(
                "wrk",
                "-t2",
                "-c" + connections,
                "-d" + seconds + "s",
                "--latency",
                "-s",
                script.toString(),
                base)
            .redirectErrorStream(true)
            .start();
    String output = new String(wrk.getInputStream().readAllBytes());
    if (wrk.waitFor() != 0) {
      throw new IllegalStateException("wrk failed: " + output);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    Matcher rate = RATE.matcher(output);
    result.put("requests_per_second", rate.find() ? Double.parseDouble(rate.group(1)) : null);
    Matcher percentile = PERCENTILE.matcher(output);
    while (percentile.find()) {
      double value = Double.parseDouble(percentile.group(2));
      double ms =
          switch (percentile.group(3)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
          };
      result.put("p" + percentile.group(1) + "_ms", BenchSupport.round(ms));
    }
    Matcher errors = ERRORS.matcher(output);
    result.put("non_2xx", errors.find() ? Long.parseLong(errors.group(1)) : 0);
    return result;
  }
}
