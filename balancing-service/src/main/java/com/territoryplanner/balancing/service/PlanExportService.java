package com.territoryplanner.balancing.service;

import com.territoryplanner.balancing.domain.Territory2Mapping;
import com.territoryplanner.balancing.repository.Assignments;
import com.territoryplanner.balancing.repository.PlanAccountRows;
import com.territoryplanner.balancing.repository.RepEntity;
import com.territoryplanner.balancing.repository.TerritoryEntity;
import com.territoryplanner.platform.csv.CsvCells;
import com.territoryplanner.platform.problem.ApiProblem;
import com.territoryplanner.platform.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plan's territories and assignments in the files CRMs import: Salesforce Territory Management
 * ({@code Territory2}, then {@code ObjectTerritory2Association}) and a HubSpot company owner
 * update. Account ids are the suite's golden ids, which are the CRM's own record ids when the CRM
 * founded the account. Every text a person typed is neutralised against spreadsheet formulas.
 */
@ApplicationScoped
public class PlanExportService {

  private static final String TERRITORY2_HEADER =
      "DeveloperName,Name,Description,Territory2ModelId,Territory2TypeId,"
          + "AccountAccessLevel,OpportunityAccessLevel,CaseAccessLevel";
  private static final String ASSOCIATION_HEADER = "ObjectId,Territory2Id,AssociationCause";
  private static final String HUBSPOT_HEADER = "Record ID,Company name,Company owner";

  /** Salesforce record ids: 15 or 18 letters and digits. */
  private static final Pattern SALESFORCE_ID = Pattern.compile("[A-Za-z0-9]{15}([A-Za-z0-9]{3})?");

  private static final int DEVELOPER_NAME_LENGTH = 80;

  private final Assignments assignments;
  private final PlanAccountRows accounts;

  PlanExportService(Assignments assignments, PlanAccountRows accounts) {
    this.assignments = assignments;
    this.accounts = accounts;
  }

  /**
   * The Territory2 file's lines, header first, one per territory; checks the ids before anything is
   * written.
   */
  @Transactional
  public List<String> territory2Rows(UUID planId, String modelId, String typeId) {
    List<Violation> violations = new ArrayList<>();
    checkSalesforceId("territory2ModelId", modelId, violations);
    checkSalesforceId("territory2TypeId", typeId, violations);
    if (!violations.isEmpty()) {
      throw ApiProblem.invalid("The export is invalid", violations);
    }
    Map<String, TerritoryEntity> territories = developerNames(solvedPlan(planId));
    Map<UUID, RepEntity> reps = repsOf(territories.values());
    List<String> rows = new ArrayList<>(List.of(TERRITORY2_HEADER));
    territories.forEach(
        (developerName, territory) ->
            rows.add(
                String.join(
                    ",",
                    developerName,
                    CsvCells.text(territory.name),
                    CsvCells.text("Rep: " + reps.get(territory.repId).name),
                    modelId,
                    typeId,
                    "Read/Write",
                    "Read/Write",
                    "Read/Write")));
    return rows;
  }

  /**
   * Checks that the mapping names a Salesforce id for every territory of the plan; answers the
   * territory ids by the plan's territory.
   */
  @Transactional
  public Map<UUID, String> territory2Ids(UUID planId, Territory2Mapping mapping) {
    Map<String, TerritoryEntity> territories = developerNames(solvedPlan(planId));
    List<Violation> violations = new ArrayList<>();
    Map<UUID, String> ids = new LinkedHashMap<>();
    territories.forEach(
        (developerName, territory) -> {
          String id = mapping.territory2Ids().get(developerName);
          if (id == null) {
            violations.add(Violation.field("territory2Ids." + developerName, "is missing"));
          } else {
            checkSalesforceId("territory2Ids." + developerName, id, violations);
            ids.put(territory.id, id);
          }
        });
    mapping.territory2Ids().keySet().stream()
        .filter(name -> !territories.containsKey(name))
        .forEach(
            name ->
                violations.add(
                    Violation.field("territory2Ids." + name, "is no territory of this plan")));
    if (!violations.isEmpty()) {
      throw ApiProblem.invalid("The mapping does not fit the plan", violations);
    }
    return ids;
  }

  /** One ObjectTerritory2Association row per account of the plan. */
  @Transactional
  public void writeAssociations(UUID planId, Map<UUID, String> territory2Ids, Writer out) {
    write(out, ASSOCIATION_HEADER);
    accounts.forEach(
        planId,
        account ->
            write(
                out,
                CsvCells.text(account.accountId())
                    + ","
                    + territory2Ids.get(account.territoryId())
                    + ",Territory2Manual"));
  }

  /** Checks the plan can be exported before anything is written. */
  @Transactional
  public void checkExportable(UUID planId) {
    solvedPlan(planId);
  }

  /** One row per account: its HubSpot record id, name and owner (the rep's email, else name). */
  @Transactional
  public void writeHubSpotOwners(UUID planId, Writer out) {
    write(out, HUBSPOT_HEADER);
    accounts.forEach(
        planId,
        account ->
            write(
                out,
                CsvCells.text(account.accountId())
                    + ","
                    + CsvCells.text(account.accountName())
                    + ","
                    + CsvCells.text(
                        account.repEmail() == null ? account.repName() : account.repEmail())));
  }

  private UUID solvedPlan(UUID planId) {
    PlanService.find(planId);
    if (!assignments.hasAssignments(planId)) {
      throw ApiProblem.conflict("plan-not-solved", "Plan " + planId + " has no stored solution");
    }
    return planId;
  }

  /**
   * The plan's territories by a DeveloperName Salesforce accepts (letters, digits and single
   * underscores, starting with a letter, at most 80 characters, unique), in name order.
   */
  static Map<String, TerritoryEntity> developerNames(UUID planId) {
    Map<String, TerritoryEntity> byName = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (TerritoryEntity territory :
        TerritoryEntity.<TerritoryEntity>list("planId = ?1 order by name, id", planId)) {
      String base = developerName(territory.name);
      String name = base;
      for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
        String suffix = "_" + n;
        name = base.substring(0, Math.min(base.length(), DEVELOPER_NAME_LENGTH - suffix.length()));
        name = name + suffix;
      }
      byName.put(name, territory);
    }
    return byName;
  }

  static String developerName(String label) {
    String ascii = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String name = ascii.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
    if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
      name = "T_" + name;
    }
    name = name.substring(0, Math.min(name.length(), DEVELOPER_NAME_LENGTH));
    return name.replaceAll("_+$", "");
  }

  private static Map<UUID, RepEntity> repsOf(Collection<TerritoryEntity> territories) {
    return RepEntity.<RepEntity>list("id in ?1", territories.stream().map(t -> t.repId).toList())
        .stream()
        .collect(Collectors.toMap(r -> r.id, Function.identity()));
  }

  private static void checkSalesforceId(String field, String value, List<Violation> violations) {
    if (value == null || !SALESFORCE_ID.matcher(value).matches()) {
      violations.add(
          Violation.field(field, "must be a Salesforce id (15 or 18 letters and digits)"));
    }
  }

  public static void writeLines(List<String> lines, Writer out) {
    lines.forEach(line -> write(out, line));
  }

  private static void write(Writer out, String line) {
    try {
      out.write(line);
      out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
