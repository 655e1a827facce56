package com.territoryplanner.kpi.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** Closed-won bookings of one territory in one currency, and how many won deals made them. */
public record TerritoryBookings(
    UUID territoryId, String territoryName, String currency, BigDecimal bookings, long wonDeals) {}
