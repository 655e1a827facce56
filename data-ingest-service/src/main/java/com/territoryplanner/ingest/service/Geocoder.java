package com.territoryplanner.ingest.service;

import com.territoryplanner.ingest.domain.Geocoding;
import com.territoryplanner.ingest.domain.Placeable;
import com.territoryplanner.ingest.repository.PostalCodeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Places records without coordinates by the postal-code reference, one lookup per batch. */
@ApplicationScoped
class Geocoder {

  private final PostalCodeRepository postalCodes;

  Geocoder(PostalCodeRepository postalCodes) {
    this.postalCodes = postalCodes;
  }

  <T extends Placeable<T>> List<T> place(List<T> records, Geocoding geocoding) {
    return geocoding.place(records, postalCodes.find(Geocoding.postalCodesToLookUp(records)));
  }
}
