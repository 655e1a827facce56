package com.territoryplanner.ingest.repository;

import com.territoryplanner.ingest.domain.AccountQuality;
import com.territoryplanner.ingest.domain.AccountQualityTally;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "import_run")
public class ImportRunEntity extends PanacheEntityBase {

  @Id public UUID id;

  @Column(nullable = false)
  public String entity;

  @Column(nullable = false)
  public String format;

  @Column(nullable = false)
  public String profile;

  /** The header of the original rows (CSV imports), for the rejects file. */
  @Column(name = "original_header")
  public String originalHeader;

  @Column(nullable = false)
  public String status;

  @Column(name = "received_at", nullable = false)
  public Instant receivedAt;

  public long rows;
  public long accepted;
  public long rejected;
  public long created;
  public long updated;
  public long unchanged;
  public long geocoded;

  @Column(name = "not_geocoded")
  public long notGeocoded;

  @Column(name = "repeated_keys")
  public long repeatedKeys;

  @JdbcTypeCode(SqlTypes.JSON)
  public AccountQuality quality;

  /** Staged imports only: what reading their rows again takes, and how reading ended. */
  public String source;

  @Column(name = "column_profile")
  public String columnProfile;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "column_map")
  public String[] columnMap;

  @Column(name = "read_status")
  public String readStatus;

  /** Staged imports whose apply stopped for good: why, and what was not applied. */
  public String failure;

  /** Staged account imports: the quality counts of the batches applied so far. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "quality_counts")
  public AccountQualityTally.Counts qualityCounts;
}
