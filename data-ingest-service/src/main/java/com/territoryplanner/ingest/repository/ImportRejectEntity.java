package com.territoryplanner.ingest.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.UUID;

/** One reason a row of an import was rejected; a row with three bad fields has three. */
@Entity
@Table(name = "import_reject")
public class ImportRejectEntity extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_reject_seq")
  @SequenceGenerator(name = "import_reject_seq", allocationSize = 50)
  public Long id;

  @Column(name = "import_id", nullable = false)
  public UUID importId;

  @Column(name = "row_number", nullable = false)
  public long rowNumber;

  @Column(name = "column_name")
  public String columnName;

  @Column(nullable = false)
  public String reason;
}
