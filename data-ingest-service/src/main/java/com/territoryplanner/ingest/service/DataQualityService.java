package com.territoryplanner.ingest.service;

import com.territoryplanner.ingest.domain.DataQualityReport;
import com.territoryplanner.ingest.repository.DataQualityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class DataQualityService {

  private final DataQualityRepository quality;

  DataQualityService(DataQualityRepository quality) {
    this.quality = quality;
  }

  @Transactional
  public DataQualityReport report(String source, int staleAfterDays) {
    return quality.report(source, staleAfterDays);
  }
}
