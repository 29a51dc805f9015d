package de.mosaik.core.monitoring;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An uploaded statistics file on its way from preview to import (and perhaps back). */
@Entity
@Table(name = "statistics_import")
public class StatisticsImport {

	@Id
	private UUID id;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Layout layout;

	@Enumerated(EnumType.STRING)
	@Column(name = "period_type", nullable = false)
	private PeriodType periodType;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ImportStatus status;

	/** Series of the file → indicator id. */
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "statistics_import_mapping", joinColumns = @JoinColumn(name = "import_id"))
	@MapKeyColumn(name = "series")
	@Column(name = "indicator_id")
	private Map<String, UUID> mapping = new HashMap<>();

	@Column(name = "imported_values")
	private Integer importedValues;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private OffsetDateTime createdAt;

	@Column(name = "imported_at")
	private OffsetDateTime importedAt;

	@Column(name = "undone_at")
	private OffsetDateTime undoneAt;

	@Column(name = "updated_at", nullable = false)
	private OffsetDateTime updatedAt;

	@Version
	private Long version;

	protected StatisticsImport() {
	}

	StatisticsImport(String fileName, Layout layout, String createdBy, Map<String, UUID> mapping, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.fileName = fileName;
		this.layout = layout;
		this.periodType = PeriodType.YEAR;
		this.status = ImportStatus.PREVIEW;
		this.createdBy = createdBy;
		this.mapping = new HashMap<>(mapping);
		this.createdAt = now;
		this.updatedAt = now;
	}

	void map(Map<String, UUID> mapping, PeriodType periodType, OffsetDateTime now) {
		this.mapping.clear();
		this.mapping.putAll(mapping);
		this.periodType = periodType;
		this.updatedAt = now;
	}

	void imported(int values, OffsetDateTime now) {
		this.status = ImportStatus.IMPORTED;
		this.importedValues = values;
		this.importedAt = now;
		this.updatedAt = now;
	}

	void undone(OffsetDateTime now) {
		this.status = ImportStatus.UNDONE;
		this.undoneAt = now;
		this.updatedAt = now;
	}

	public UUID getId() {
		return id;
	}

	public String getFileName() {
		return fileName;
	}

	public Layout getLayout() {
		return layout;
	}

	public PeriodType getPeriodType() {
		return periodType;
	}

	public ImportStatus getStatus() {
		return status;
	}

	public Map<String, UUID> getMapping() {
		return Map.copyOf(mapping);
	}

	public Integer getImportedValues() {
		return importedValues;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public OffsetDateTime getCreatedAt() {
		return createdAt;
	}

	public OffsetDateTime getImportedAt() {
		return importedAt;
	}

	public OffsetDateTime getUndoneAt() {
		return undoneAt;
	}

	public OffsetDateTime getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version == null ? 0 : version;
	}
}
