package com.territoryplanner.balancing.engine.route;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.variable.PlanningListVariable;

/**
 * One working day of the rep, starting and ending at the home base, with the visits made that day
 * in order. The plan also holds one day without a date: the pool of visits not made, since every
 * visit must sit in some list.
 */
@PlanningEntity
public class RouteDay {

  private LocalDate date;
  private double homeLatitude;
  private double homeLongitude;
  private int startMinute;
  private int endMinute;
  private TravelModel travel;

  @PlanningListVariable(valueRangeProviderRefs = RoutePlan.VISIT_RANGE)
  private List<Visit> visits = new ArrayList<>();

  // The last timetable worked out and the visits it is for: three constraints read the timetable
  // of every day a move touches, and the solver changes the list in place.
  private Visit[] timetabledVisits;
  private DaySchedule timetable;

  public RouteDay() {
    // for the solver's cloning
  }

  public RouteDay(
      LocalDate date,
      double homeLatitude,
      double homeLongitude,
      int startMinute,
      int endMinute,
      TravelModel travel) {
    if (startMinute >= endMinute) {
      throw new IllegalArgumentException("The day must end after it starts");
    }
    this.date = date;
    this.homeLatitude = homeLatitude;
    this.homeLongitude = homeLongitude;
    this.startMinute = startMinute;
    this.endMinute = endMinute;
    this.travel = travel;
  }

  /** The pool of visits not made. */
  public static RouteDay unscheduled() {
    RouteDay pool = new RouteDay();
    pool.travel = new TravelModel(1, 1);
    return pool;
  }

  public boolean isScheduled() {
    return date != null;
  }

  /** The day's timetable; the pool has none. */
  public DaySchedule schedule() {
    if (!isScheduled()) {
      return DaySchedule.EMPTY;
    }
    if (timetable == null || !timetabledVisitsAreTheVisits()) {
      timetable = scheduleOf(visits);
      timetabledVisits = visits.toArray(Visit[]::new);
    }
    return timetable;
  }

  private boolean timetabledVisitsAreTheVisits() {
    if (timetabledVisits.length != visits.size()) {
      return false;
    }
    for (int i = 0; i < timetabledVisits.length; i++) {
      if (timetabledVisits[i] != visits.get(i)) {
        return false;
      }
    }
    return true;
  }

  /** The timetable this day would have with these visits, in this order. */
  DaySchedule scheduleOf(List<Visit> visits) {
    if (visits.isEmpty()) {
      return DaySchedule.EMPTY;
    }
    List<DaySchedule.Stop> stops = new ArrayList<>(visits.size());
    double lat = homeLatitude;
    double lon = homeLongitude;
    double clock = startMinute;
    double totalKm = 0;
    double totalMinutes = 0;
    double late = 0;
    for (Visit visit : visits) {
      double km = travel.km(lat, lon, visit.latitude(), visit.longitude());
      double minutes = travel.minutes(km);
      double arrival = clock + minutes;
      double start = Math.max(arrival, visit.earliestStart());
      late += Math.max(0, start - visit.latestStart());
      clock = start + visit.minutes();
      stops.add(new DaySchedule.Stop(visit, arrival, start, clock, km, minutes));
      totalKm += km;
      totalMinutes += minutes;
      lat = visit.latitude();
      lon = visit.longitude();
    }
    double kmHome = travel.km(lat, lon, homeLatitude, homeLongitude);
    double minutesHome = travel.minutes(kmHome);
    double homeArrival = clock + minutesHome;
    return new DaySchedule(
        List.copyOf(stops),
        homeArrival,
        totalKm + kmHome,
        totalMinutes + minutesHome,
        Math.max(0, homeArrival - endMinute),
        late);
  }

  /** What the visits in this list are worth together. */
  public long value() {
    long total = 0;
    for (Visit visit : visits) {
      total += visit.value();
    }
    return total;
  }

  public LocalDate getDate() {
    return date;
  }

  public int getStartMinute() {
    return startMinute;
  }

  public int getEndMinute() {
    return endMinute;
  }

  /** Minutes of driving between two visits, or from home or back home where one is null. */
  double driveMinutes(Visit from, Visit to) {
    double fromLat = from == null ? homeLatitude : from.latitude();
    double fromLon = from == null ? homeLongitude : from.longitude();
    double toLat = to == null ? homeLatitude : to.latitude();
    double toLon = to == null ? homeLongitude : to.longitude();
    return travel.minutes(travel.km(fromLat, fromLon, toLat, toLon));
  }

  public List<Visit> getVisits() {
    return visits;
  }

  public void setVisits(List<Visit> visits) {
    this.visits = visits;
  }

  @Override
  public String toString() {
    return isScheduled() ? date.toString() : "unscheduled";
  }
}
