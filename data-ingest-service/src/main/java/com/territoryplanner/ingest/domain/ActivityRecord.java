package com.territoryplanner.ingest.domain;

import java.time.LocalDate;

/**
 * A CRM activity (call, meeting, email, visit, task) on an account, validated. Its account is the
 * source's own account id as stored, and the golden account's id in the events.
 */
public record ActivityRecord(
    String id,
    String accountId,
    String type,
    LocalDate date,
    String ownerId,
    Integer durationMinutes,
    String subject)
    implements AccountBound<ActivityRecord> {

  @Override
  public ActivityRecord ofAccount(String account) {
    return new ActivityRecord(id, account, type, date, ownerId, durationMinutes, subject);
  }
}
