package de.mosaik.core.concept;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Target against actual value of a measure in one period (Soll-Ist-Vergleich). */
@Entity
@Table(name = "evaluation_value")
public class EvaluationValue {

	@Id
	private UUID id;

	@Column(name = "massnahme_id", nullable = false, updatable = false)
	private UUID massnahmeId;

	@Column(nullable = false)
	private String period;

	private BigDecimal target;

	private BigDecimal actual;

	@Column(name = "created_at", nullable = false)
	private OffsetDateTime createdAt;

	@Column(name = "updated_at", nullable = false)
	private OffsetDateTime updatedAt;

	@Version
	private Long version;

	protected EvaluationValue() {
	}

	EvaluationValue(UUID massnahmeId, EvaluationValueData data, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.massnahmeId = massnahmeId;
		this.createdAt = now;
		apply(data, now);
	}

	void apply(EvaluationValueData data, OffsetDateTime now) {
		this.period = data.period().strip();
		this.target = data.target();
		this.actual = data.actual();
		this.updatedAt = now;
	}

	public UUID getId() {
		return id;
	}

	public UUID getMassnahmeId() {
		return massnahmeId;
	}

	public String getPeriod() {
		return period;
	}

	public BigDecimal getTarget() {
		return target;
	}

	public BigDecimal getActual() {
		return actual;
	}

	public OffsetDateTime getCreatedAt() {
		return createdAt;
	}

	public OffsetDateTime getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version == null ? 0 : version;
	}
}
