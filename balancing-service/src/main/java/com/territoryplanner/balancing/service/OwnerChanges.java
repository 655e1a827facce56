package com.territoryplanner.balancing.service;

import com.territoryplanner.balancing.domain.AssignmentChange;
import com.territoryplanner.balancing.domain.AssignmentPage;
import com.territoryplanner.balancing.domain.OwnerView;
import com.territoryplanner.balancing.messaging.AssignmentEvents;
import com.territoryplanner.balancing.repository.AssignmentLog;
import com.territoryplanner.platform.problem.ApiProblem;
import com.territoryplanner.platform.problem.Violation;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An account's new owner, announced: appended to the log partners pull and published on {@code
 * assignments.v1}, in the caller's transaction.
 */
@ApplicationScoped
public class OwnerChanges {

  /** Changes a plan activation makes. */
  public static final String ACTIVATION = "ACTIVATION";

  /** Changes re-activating an archived plan makes. */
  public static final String ROLLBACK = "ROLLBACK";

  /** Changes a rep's departure from the active plan makes. */
  public static final String DEPARTURE = "DEPARTURE";

  /** Changes carving a territory for a rep who joins the active plan makes. */
  public static final String JOIN = "JOIN";

  /** Changes another rep's coverage of a territory of the active plan makes. */
  public static final String COVERAGE = "COVERAGE";

  /** Changes the end of a coverage makes: the territory's accounts go back to its rep. */
  public static final String COVERAGE_ENDED = "COVERAGE_ENDED";

  /** Changes live assignment makes under the active plan. */
  public static final String LIVE_ASSIGNMENT = "LIVE_ASSIGNMENT";

  /** Who made changes that no caller asked for (live assignment from events). */
  public static final String SYSTEM = "system";

  /** The largest page a pull may ask for. */
  private static final int MAX_LIMIT = 10_000;

  private final AssignmentLog log;
  private final AssignmentEvents events;
  private final Instance<SecurityIdentity> identity;

  OwnerChanges(AssignmentLog log, AssignmentEvents events, Instance<SecurityIdentity> identity) {
    this.log = log;
    this.events = events;
    this.identity = identity;
  }

  void announce(List<OwnerView> owners, String cause) {
    log.appendAll(owners, cause, Instant.now(), actor());
    events.accountsAssigned(owners);
  }

  /**
   * Announces every owner in {@code after} whose rep or territory differs from {@code before} (or
   * who had none); answers how many. Territories are compared by name, as partners see them: the
   * same rep's territory of the same name in another plan is no change.
   */
  int announceDifferences(
      Map<String, OwnerView> before, Collection<OwnerView> after, String cause) {
    List<OwnerView> changed = new ArrayList<>();
    for (OwnerView owner : after) {
      OwnerView old = before.get(owner.accountId());
      if (old == null
          || !old.repId().equals(owner.repId())
          || !Objects.equals(old.territoryName(), owner.territoryName())) {
        changed.add(owner);
      }
    }
    announce(changed, cause);
    return changed.size();
  }

  /** Who is making the change: the caller, or "system" when it comes from no request. */
  private String actor() {
    if (!Arc.container().requestContext().isActive()) {
      return SYSTEM;
    }
    SecurityIdentity caller = identity.get();
    return caller.isAnonymous() ? SYSTEM : caller.getPrincipal().getName();
  }

  /** The changes after {@code cursor} (all of them without one), {@code limit} at the most. */
  @Transactional
  public AssignmentPage after(String cursor, Integer limit) {
    List<Violation> violations = new ArrayList<>();
    long after = 0;
    if (cursor != null && !cursor.isBlank()) {
      try {
        after = Long.parseLong(cursor.trim());
        if (after < 0) {
          violations.add(Violation.field("cursor", "is not a cursor this API gave out"));
        }
      } catch (NumberFormatException e) {
        violations.add(Violation.field("cursor", "is not a cursor this API gave out"));
      }
    }
    int size = limit == null ? 1000 : limit;
    if (size < 1 || size > MAX_LIMIT) {
      violations.add(Violation.field("limit", "must be between 1 and " + MAX_LIMIT));
    }
    if (!violations.isEmpty()) {
      throw ApiProblem.invalid("The pull is invalid", violations);
    }
    List<AssignmentChange> page = log.after(after, size + 1);
    boolean more = page.size() > size;
    List<AssignmentChange> changes = more ? page.subList(0, size) : page;
    String next =
        changes.isEmpty()
            ? Long.toString(after)
            : Long.toString(changes.get(changes.size() - 1).sequence());
    return new AssignmentPage(List.copyOf(changes), next, more);
  }
}
