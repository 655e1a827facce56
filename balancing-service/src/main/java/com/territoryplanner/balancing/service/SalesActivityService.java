package com.territoryplanner.balancing.service;

import com.territoryplanner.balancing.repository.SalesActivity;
import com.territoryplanner.contracts.ActivityEvent;
import com.territoryplanner.contracts.OpportunityEvent;
import com.territoryplanner.platform.messaging.ProcessedEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/**
 * Keeps what route planning weighs besides potential: each account's visits and its open
 * opportunities. A visit is an activity whose type is a meeting or names a visit ("Meeting",
 * "Visit", "Site Visit"): calls and emails do not bring a rep to the door. Every event is applied
 * at most once (a batch's events are recorded as processed in one statement); events come in
 * batches, one transaction each.
 */
@ApplicationScoped
public class SalesActivityService {

  private final ProcessedEvents processed;
  private final SalesActivity activity;

  SalesActivityService(ProcessedEvents processed, SalesActivity activity) {
    this.processed = processed;
    this.activity = activity;
  }

  /** A batch of activity events, in one transaction. */
  @Transactional
  public void applyActivities(List<ActivityEvent> events) {
    processed.firstDelivered(events, ActivityEvent::eventId).forEach(this::apply);
  }

  /** A batch of opportunity events, in one transaction. */
  @Transactional
  public void applyOpportunities(List<OpportunityEvent> events) {
    processed.firstDelivered(events, OpportunityEvent::eventId).forEach(this::apply);
  }

  private void apply(ActivityEvent event) {
    if (ActivityEvent.UPSERTED.equals(event.type()) && isVisit(event.activityType())) {
      activity.recordVisit(event.source(), event.activityId(), event.accountId(), event.date());
    } else {
      // deleted, or no longer a visit
      activity.forgetVisit(event.source(), event.activityId());
    }
  }

  private void apply(OpportunityEvent event) {
    if (OpportunityEvent.UPSERTED.equals(event.type()) && !event.closed()) {
      activity.recordOpenOpportunity(event.opportunityId(), event.accountId());
    } else {
      activity.forgetOpportunity(event.opportunityId());
    }
  }

  static boolean isVisit(String activityType) {
    String type = activityType == null ? "" : activityType.toLowerCase(Locale.ROOT);
    return type.equals("meeting") || type.contains("visit");
  }
}
