package com.territoryplanner.kpi.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A flow test fed with real events on the test broker: each test has its own id prefix (so that its
 * accounts and territories are its own) and its own producer.
 */
abstract class EventFedTest {

  static final Duration TIMEOUT = Duration.ofSeconds(30);

  final String prefix = UUID.randomUUID().toString().substring(0, 8) + "-";

  @Inject ObjectMapper json;

  EventFeed feed;

  @BeforeEach
  void openFeed() {
    feed = new EventFeed(json);
  }

  @AfterEach
  void closeFeed() {
    feed.close();
  }

  /**
   * Asks again until the answer shows what the events sent so far lead to; until then an answer may
   * fail (a plan not known yet) or lack a figure.
   */
  static JsonPath await(Supplier<JsonPath> ask, Predicate<JsonPath> expected) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (true) {
      Object last;
      try {
        JsonPath answer = ask.get();
        if (expected.test(answer)) {
          return answer;
        }
        last = answer.prettify();
      } catch (RuntimeException | AssertionError e) {
        last = e;
      }
      assertThat(System.nanoTime()).as("last answer: %s", last).isLessThan(deadline);
      pause();
    }
  }

  static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
