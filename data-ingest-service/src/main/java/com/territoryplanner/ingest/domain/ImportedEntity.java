package com.territoryplanner.ingest.domain;

import static java.util.Map.entry;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of record an import brings, with the column names of the CRM exports each profile
 * reads: Salesforce API names (Data Loader, Workbench) and report labels, HubSpot export headers.
 */
public enum ImportedEntity {
  ACCOUNT(
      "account",
      "accounts",
      Map.ofEntries(
          entry("Id", "id"),
          entry("Account ID", "id"),
          entry("Name", "name"),
          entry("Account Name", "name"),
          entry("BillingPostalCode", "postal_code"),
          entry("Billing Zip/Postal Code", "postal_code"),
          entry("BillingCountry", "country"),
          entry("Billing Country", "country"),
          entry("BillingLatitude", "lat"),
          entry("BillingLongitude", "lon"),
          entry("Industry", "industry"),
          entry("NaicsCode", "naics"),
          entry("NAICS Code", "naics"),
          entry("Sic", "sic"),
          entry("SIC Code", "sic"),
          entry("AnnualRevenue", "annual_revenue"),
          entry("Annual Revenue", "annual_revenue"),
          entry("NumberOfEmployees", "employees"),
          entry("Employees", "employees"),
          entry("OwnerId", "owner_id"),
          entry("Owner ID", "owner_id"),
          entry("Website", "website"),
          entry("Type", "type"),
          entry("Account Type", "type"),
          entry("CurrencyIsoCode", "currency")),
      Map.ofEntries(
          entry("Record ID", "id"),
          entry("Company name", "name"),
          entry("Company Domain Name", "website"),
          entry("Postal Code", "postal_code"),
          entry("Country/Region", "country"),
          entry("Industry", "industry"),
          entry("Number of Employees", "employees"),
          entry("Annual Revenue", "annual_revenue"),
          entry("Company owner", "owner_id"),
          entry("Type", "type"))),
  OPPORTUNITY(
      "opportunity",
      "opportunities",
      Map.ofEntries(
          entry("Id", "id"),
          entry("Opportunity ID", "id"),
          entry("AccountId", "account_id"),
          entry("Account ID", "account_id"),
          entry("StageName", "stage"),
          entry("Stage", "stage"),
          entry("Amount", "amount"),
          entry("CurrencyIsoCode", "currency"),
          entry("CloseDate", "close_date"),
          entry("Close Date", "close_date"),
          entry("IsClosed", "is_closed"),
          entry("Closed", "is_closed"),
          entry("IsWon", "is_won"),
          entry("Won", "is_won"),
          entry("CreatedDate", "created_date"),
          entry("Created Date", "created_date"),
          entry("LeadSource", "lead_source"),
          entry("Lead Source", "lead_source"),
          entry("OwnerId", "owner_id"),
          entry("Loss_Reason__c", "loss_reason"),
          entry("Loss Reason", "loss_reason")),
      Map.ofEntries(
          entry("Record ID", "id"),
          entry("Associated Company IDs (Primary)", "account_id"),
          entry("Associated Company IDs", "account_id"),
          entry("Deal Stage", "stage"),
          entry("Amount", "amount"),
          entry("Close Date", "close_date"),
          entry("Create Date", "created_date"),
          entry("Original Source Type", "lead_source"),
          entry("Deal owner", "owner_id"),
          entry("Closed Lost Reason", "loss_reason"))),
  LEAD(
      "lead",
      "leads",
      Map.ofEntries(
          entry("Id", "id"),
          entry("Lead ID", "id"),
          entry("Company", "company"),
          entry("LeadSource", "lead_source"),
          entry("Lead Source", "lead_source"),
          entry("Status", "status"),
          entry("Lead Status", "status"),
          entry("IsConverted", "is_converted"),
          entry("Converted", "is_converted"),
          entry("ConvertedAccountId", "converted_account_id"),
          entry("CreatedDate", "created_date"),
          entry("Create Date", "created_date"),
          entry("ConvertedDate", "converted_date"),
          entry("Converted Date", "converted_date"),
          entry("PostalCode", "postal_code"),
          entry("Zip/Postal Code", "postal_code"),
          entry("Country", "country"),
          entry("Latitude", "lat"),
          entry("Longitude", "lon"),
          entry("OwnerId", "owner_id")),
      Map.ofEntries(
          entry("Record ID", "id"),
          entry("Company Name", "company"),
          entry("Original Source", "lead_source"),
          entry("Lead Status", "status"),
          entry("Associated Company ID", "converted_account_id"),
          entry("Create Date", "created_date"),
          entry("Became a Customer Date", "converted_date"),
          entry("Postal Code", "postal_code"),
          entry("Country/Region", "country"),
          entry("Contact owner", "owner_id"))),
  /** Salesforce Task and Event exports; HubSpot's engagement exports need {@code map=}. */
  ACTIVITY(
      "activity",
      "activities",
      Map.ofEntries(
          entry("Id", "id"),
          entry("Activity ID", "id"),
          entry("AccountId", "account_id"),
          entry("Account ID", "account_id"),
          entry("Type", "type"),
          entry("ActivityDate", "date"),
          entry("Date", "date"),
          entry("OwnerId", "owner_id"),
          entry("DurationInMinutes", "duration_minutes"),
          entry("Subject", "subject")),
      Map.of()),
  /** CRM users: the reps and managers that owner ids name. */
  USER(
      "user",
      "users",
      Map.ofEntries(
          entry("Id", "id"),
          entry("User ID", "id"),
          entry("Name", "name"),
          entry("Full Name", "name"),
          entry("Email", "email"),
          entry("Title", "role"),
          entry("ManagerId", "manager_id"),
          entry("IsActive", "is_active"),
          entry("Active", "is_active"),
          entry("PostalCode", "postal_code"),
          entry("Country", "country"),
          entry("Latitude", "lat"),
          entry("Longitude", "lon")),
      Map.of()),
  /** ERP invoice lines; ERPs export under their own names, so the generic profile and map=. */
  REVENUE_LINE("revenue line", "revenue-lines", Map.of(), Map.of()),
  /** Marketing spend per campaign, channel, period and region. */
  SPEND("spend", "spend", Map.of(), Map.of()),
  /** Market data: companies per postal code and industry. */
  FIRMOGRAPHICS("firmographic count", "firmographics", Map.of(), Map.of()),
  /** Market data: competitors' locations. */
  COMPETITOR_LOCATION("competitor location", "competitor-locations", Map.of(), Map.of()),
  /** Market data: regional economic indicators per period. */
  ECONOMIC_INDICATOR("economic indicator", "economic-indicators", Map.of(), Map.of()),
  /** Basic units of geography: centroids, areas and adjacency. */
  GEOGRAPHY_UNIT("geography unit", "geography-units", Map.of(), Map.of()),
  POSTAL_CODE("postal code", "postal-codes", Map.of(), Map.of());

  private final String label;
  private final String path;
  private final Map<String, String> salesforceColumns;
  private final Map<String, String> hubspotColumns;

  ImportedEntity(
      String label,
      String path,
      Map<String, String> salesforceColumns,
      Map<String, String> hubspotColumns) {
    this.label = label;
    this.path = path;
    this.salesforceColumns = salesforceColumns;
    this.hubspotColumns = hubspotColumns;
  }

  public String label() {
    return label;
  }

  /** The kind named as in the import URL, e.g. postal-codes. */
  public static Optional<ImportedEntity> byPath(String path) {
    return Arrays.stream(values()).filter(entity -> entity.path.equals(path)).findFirst();
  }

  /** The kind an import report names, e.g. postal code. */
  public static Optional<ImportedEntity> byLabel(String label) {
    return Arrays.stream(values()).filter(entity -> entity.label.equals(label)).findFirst();
  }

  Map<String, String> salesforceColumns() {
    return salesforceColumns;
  }

  Map<String, String> hubspotColumns() {
    return hubspotColumns;
  }
}
