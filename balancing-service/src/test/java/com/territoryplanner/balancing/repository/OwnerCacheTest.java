package com.territoryplanner.balancing.repository;

import static org.assertj.core.api.Assertions.assertThat;

import com.territoryplanner.balancing.domain.OwnerView;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class OwnerCacheTest {

  private final AtomicInteger reads = new AtomicInteger();
  private OwnerView stored = owner("Ada");

  private final Supplier<Optional<OwnerView>> database =
      () -> {
        reads.incrementAndGet();
        return Optional.ofNullable(stored);
      };

  @Test
  void answersFromMemoryUntilAnOwnerChanges() {
    OwnerCache cache = seeingCache(10);

    assertThat(cache.owner("A-1", database)).contains(owner("Ada"));
    assertThat(cache.owner("A-1", database)).contains(owner("Ada"));
    assertThat(reads).hasValue(1);

    stored = owner("Grace");
    cache.ownersChanged();
    assertThat(cache.owner("A-1", database)).contains(owner("Grace"));
    assertThat(reads).hasValue(2);
  }

  @Test
  void anOwnerReadWhileAChangeCommitsIsNotAnsweredAgain() {
    OwnerCache cache = seeingCache(10);
    Supplier<Optional<OwnerView>> readThenChange =
        () -> {
          Optional<OwnerView> before = database.get();
          stored = owner("Grace");
          cache.ownersChanged();
          return before;
        };

    assertThat(cache.owner("A-1", readThenChange)).contains(owner("Ada"));
    assertThat(cache.owner("A-1", database)).contains(owner("Grace"));
  }

  @Test
  void answersNothingFromMemoryWhileChangesCannotBeSeen() {
    OwnerCache cache = new OwnerCache(10);
    cache.owner("A-1", database);
    cache.owner("A-1", database);
    assertThat(reads).as("before it sees changes").hasValue(2);

    cache.seeing();
    cache.owner("A-1", database);
    cache.owner("A-1", database);
    assertThat(reads).hasValue(3);

    cache.blind();
    cache.owner("A-1", database);
    assertThat(reads).as("blind").hasValue(4);
    cache.seeing();
    cache.owner("A-1", database);
    assertThat(reads).as("what it remembered before going blind is forgotten").hasValue(5);
  }

  @Test
  void doesNotRememberAnAbsentOwnerOrMoreThanItsSize() {
    OwnerCache cache = seeingCache(2);
    stored = null;
    cache.owner("A-1", database);
    stored = owner("Ada");
    assertThat(cache.owner("A-1", database)).contains(owner("Ada"));

    cache.owner("A-2", database);
    cache.owner("A-3", database);
    assertThat(reads).hasValue(4);
    cache.owner("A-3", database);
    assertThat(reads).as("the newest is kept").hasValue(4);
  }

  @Test
  void sizeZeroAlwaysReadsTheDatabase() {
    OwnerCache cache = seeingCache(0);
    cache.owner("A-1", database);
    cache.owner("A-1", database);
    assertThat(reads).hasValue(2);
  }

  private static OwnerCache seeingCache(int capacity) {
    OwnerCache cache = new OwnerCache(capacity);
    cache.seeing();
    return cache;
  }

  private static OwnerView owner(String rep) {
    UUID id = UUID.nameUUIDFromBytes(rep.getBytes());
    return new OwnerView(
        "A-1", id, id, "T " + rep, id, rep, LocalDate.of(2027, 1, 1), "PLAN", null);
  }
}
