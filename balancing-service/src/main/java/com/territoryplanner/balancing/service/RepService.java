package com.territoryplanner.balancing.service;

import com.territoryplanner.balancing.domain.RepRequest;
import com.territoryplanner.balancing.domain.RepStatus;
import com.territoryplanner.balancing.domain.RepView;
import com.territoryplanner.balancing.repository.RepEntity;
import com.territoryplanner.balancing.repository.TerritoryEntity;
import com.territoryplanner.platform.problem.ApiProblem;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RepService {

  private final CoverageService coverages;

  RepService(CoverageService coverages) {
    this.coverages = coverages;
  }

  @Transactional
  public RepView create(RepRequest request) {
    RepEntity rep = new RepEntity();
    rep.id = UUID.randomUUID();
    rep.createdAt = Instant.now();
    apply(rep, request);
    rep.persist();
    return rep.toView();
  }

  public List<RepView> list() {
    return RepEntity.<RepEntity>listAll(Sort.by("name").and("id")).stream()
        .map(RepEntity::toView)
        .toList();
  }

  public RepView get(UUID id) {
    return find(id).toView();
  }

  /** A rep who is no longer active stops covering other reps' territories. */
  @Transactional
  public RepView update(UUID id, RepRequest request) {
    RepEntity rep = find(id);
    apply(rep, request);
    if (rep.status != RepStatus.ACTIVE) {
      coverages.endCoveragesBy(rep.id);
    }
    return rep.toView();
  }

  /** A rep that has a territory in any plan stays (set it INACTIVE instead). */
  @Transactional
  public void delete(UUID id) {
    RepEntity rep = find(id);
    if (TerritoryEntity.count("repId", id) > 0) {
      throw ApiProblem.conflict(
          "rep-in-use", "Rep " + id + " has territories in plans; set it INACTIVE instead");
    }
    rep.delete();
  }

  static RepEntity find(UUID id) {
    return RepEntity.<RepEntity>findByIdOptional(id)
        .orElseThrow(() -> ApiProblem.notFound("Rep", id));
  }

  private static void apply(RepEntity rep, RepRequest request) {
    rep.name = request.name().trim();
    rep.email = request.email();
    rep.homeLatitude = request.homeLatitude();
    rep.homeLongitude = request.homeLongitude();
    rep.capacity = request.capacityOrDefault();
    rep.skills =
        request.skillsOrNone().stream().map(String::trim).distinct().toArray(String[]::new);
    rep.status = request.statusOrDefault();
    rep.updatedAt = Instant.now();
  }
}
