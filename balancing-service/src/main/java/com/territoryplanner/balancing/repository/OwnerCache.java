package com.territoryplanner.balancing.repository;

import com.territoryplanner.balancing.domain.OwnerView;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Owners read recently, answered without the database until any owner may have changed: owner
 * lookups are the suite's hottest read, and owners change rarely. A change anywhere forgets them
 * all (a new generation); an owner read while a change commits belongs to the old generation and is
 * never answered. While changes cannot be seen (the database's notifications are not being
 * received), nothing is answered from memory.
 */
public final class OwnerCache {

  private record Entry(long generation, OwnerView owner) {}

  private final int capacity;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();
  private volatile boolean changesSeen;

  /**
   * A cache of up to {@code capacity} owners (0: none), answering nothing until {@link #seeing}.
   */
  public OwnerCache(int capacity) {
    this.capacity = capacity;
  }

  /** The owner under {@code key}: remembered, or loaded and remembered. */
  public Optional<OwnerView> owner(String key, Supplier<Optional<OwnerView>> load) {
    long current = generation.get();
    boolean usable = changesSeen && capacity > 0;
    Entry entry = usable ? entries.get(key) : null;
    if (entry != null && entry.generation() == current) {
      return Optional.of(entry.owner());
    }
    Optional<OwnerView> loaded = load.get();
    if (usable && loaded.isPresent()) {
      if (entries.size() >= capacity) {
        entries.clear();
      }
      entries.put(key, new Entry(current, loaded.get()));
    }
    return loaded;
  }

  /** Some owner may have changed: nothing remembered before now is answered again. */
  public void ownersChanged() {
    generation.incrementAndGet();
  }

  /** Changes are seen from now on; what was remembered before is forgotten (some may be missed). */
  public void seeing() {
    generation.incrementAndGet();
    changesSeen = true;
  }

  /** Changes can no longer be seen: answer from the database only until {@link #seeing} again. */
  public void blind() {
    changesSeen = false;
    generation.incrementAndGet();
  }
}
