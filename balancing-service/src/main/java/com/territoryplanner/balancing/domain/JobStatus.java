package com.territoryplanner.balancing.domain;

/** Lifecycle of a solve job. */
public enum JobStatus {
  QUEUED,
  SOLVING,
  COMPLETED,
  FAILED,
  STOPPED;

  public boolean running() {
    return this == QUEUED || this == SOLVING;
  }

  /** Finished with a best solution that was stored. */
  public boolean solved() {
    return this == COMPLETED || this == STOPPED;
  }
}
