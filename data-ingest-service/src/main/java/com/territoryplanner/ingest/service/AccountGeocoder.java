package com.territoryplanner.ingest.service;

import com.territoryplanner.ingest.domain.AccountRecord;
import com.territoryplanner.ingest.domain.Geocoding;
import com.territoryplanner.ingest.repository.PostalCodeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Places accounts without coordinates by the postal-code reference, one lookup per batch. */
@ApplicationScoped
class AccountGeocoder {

  private final PostalCodeRepository postalCodes;

  AccountGeocoder(PostalCodeRepository postalCodes) {
    this.postalCodes = postalCodes;
  }

  List<AccountRecord> place(List<AccountRecord> accounts, Geocoding geocoding) {
    return geocoding.place(accounts, postalCodes.find(Geocoding.postalCodesToLookUp(accounts)));
  }
}
