package de.mosaik.core.monitoring;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An indicator of the catalogue: what is measured, in which unit, how it combines, which way is better. */
@Entity
@Table(name = "indicator")
public class Indicator {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String code;

	@Column(nullable = false)
	private String name;

	@Column(name = "name_en")
	private String nameEn;

	@Column(nullable = false)
	private String unit;

	private String definition;

	private String numerator;

	private String denominator;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private IndicatorKind kind;

	private Integer scale;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Direction direction;

	private String source;

	private String level;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Origin origin;

	@Column(name = "created_at", nullable = false)
	private OffsetDateTime createdAt;

	@Column(name = "updated_at", nullable = false)
	private OffsetDateTime updatedAt;

	@Version
	private Long version;

	protected Indicator() {
	}

	Indicator(IndicatorData data, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.origin = Origin.OWN;
		this.createdAt = now;
		apply(data, now);
	}

	void apply(IndicatorData data, OffsetDateTime now) {
		this.code = data.code().strip();
		this.name = data.name().strip();
		this.nameEn = Text.blankToNull(data.nameEn());
		this.unit = data.unit().strip();
		this.definition = Text.blankToNull(data.definition());
		this.numerator = Text.blankToNull(data.numerator());
		this.denominator = Text.blankToNull(data.denominator());
		this.kind = data.kind();
		this.scale = data.kind() == IndicatorKind.RATE ? data.scale() : null;
		this.direction = data.direction();
		this.updatedAt = now;
	}

	/** The name in the language asked for: English where there is one, German otherwise. */
	public String name(String language) {
		return "en".equals(language) && nameEn != null ? nameEn : name;
	}

	public boolean isStandard() {
		return origin == Origin.STANDARD;
	}

	public UUID getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public String getNameEn() {
		return nameEn;
	}

	public String getUnit() {
		return unit;
	}

	public String getDefinition() {
		return definition;
	}

	public String getNumerator() {
		return numerator;
	}

	public String getDenominator() {
		return denominator;
	}

	public IndicatorKind getKind() {
		return kind;
	}

	public Integer getScale() {
		return scale;
	}

	public Direction getDirection() {
		return direction;
	}

	public String getSource() {
		return source;
	}

	public String getLevel() {
		return level;
	}

	public Origin getOrigin() {
		return origin;
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
