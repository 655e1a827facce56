package com.territoryplanner.platform.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.territoryplanner.platform.problem.StrictDates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast path reads exactly what Jackson's own deserializers read, and refuses what they do. */
class CanonicalTimesTest {

  private static final ObjectMapper JACKSON = mapper(false);
  private static final ObjectMapper FAST = mapper(true);

  record Dated(Instant at, LocalDate day) {}

  @Test
  void readsEveryInstantAndDateAsJacksonDoes() {
    Random random = new Random(7);
    List<String> instants = new ArrayList<>();
    List<String> dates = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      Instant at =
          Instant.ofEpochSecond(
              random.nextLong(-62_000_000_000L, 253_000_000_000L),
              switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
              });
      instants.add(at.toString());
      dates.add(LocalDate.ofInstant(at, java.time.ZoneOffset.UTC).toString());
    }
    instants.addAll(
        List.of(
            "2026-07-01T09:30:00.1Z",
            "2026-07-01T09:30:00.12345Z",
            "2024-02-29T23:59:59.999999999Z",
            "0000-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z"));
    for (String text : instants) {
      assertThat(read(FAST, "at", text)).as(text).isEqualTo(read(JACKSON, "at", text));
    }
    for (String text : dates) {
      assertThat(read(FAST, "day", text)).as(text).isEqualTo(read(JACKSON, "day", text));
    }
  }

  @Test
  void leavesEveryOtherFormAndMistakeToJackson() {
    List<String> instants =
        List.of(
            "2026-07-01T09:30:00+02:00",
            "2026-07-01T09:30Z",
            "2026-07-01T09:30:00.Z",
            "2026-07-01T09:30:00.1234567890Z",
            "2026-07-01 09:30:00Z",
            "2026-07-01t09:30:00z",
            "2026-02-30T09:30:00Z",
            "2026-07-01T24:00:00Z",
            "2026-07-01T23:60:00Z",
            "2016-12-31T23:59:60Z",
            "+12026-07-01T09:30:00Z",
            "2026-07-01T09:30:0١Z",
            "2026-07-01T09:30:00.-1Z",
            "",
            "0");
    for (String text : instants) {
      assertThat(read(FAST, "at", text)).as(text).isEqualTo(read(JACKSON, "at", text));
    }
    List<String> dates =
        List.of("2026-02-29", "2026-13-01", "2026-00-10", "2026-7-01", "20260701", "2026-07-01Z");
    for (String text : dates) {
      assertThat(read(FAST, "day", text)).as(text).isEqualTo(read(JACKSON, "day", text));
    }
    // a number is not a date (StrictDates), with the fast path too
    assertThat(read(FAST, "day", 0)).startsWith("refused");
    assertThat(read(FAST, "at", 0)).isEqualTo(read(JACKSON, "at", 0));
  }

  /** The value read, or "refused: <exception type>", so both outcomes compare. */
  private static String read(ObjectMapper mapper, String field, Object value) {
    try {
      String body = mapper.writeValueAsString(java.util.Map.of(field, value));
      Dated dated = mapper.readValue(body, Dated.class);
      return String.valueOf(field.equals("at") ? dated.at() : dated.day());
    } catch (Exception e) {
      return "refused: "
          + e.getClass().getSimpleName()
          + " "
          + e.getMessage().lines().findFirst().orElse("");
    }
  }

  private static ObjectMapper mapper(boolean fast) {
    ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
    new StrictDates().customize(mapper);
    if (fast) {
      new CanonicalTimes().customize(mapper);
    }
    return mapper;
  }
}
