package de.mosaik.core.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The value of an indicator for one area and period: a number, or an official marker of why there is none. */
@Entity
@Table(name = "indicator_value")
public class IndicatorValue {

	@Id
	private UUID id;

	@Column(name = "indicator_id", nullable = false)
	private UUID indicatorId;

	@Column(name = "indicator_code", nullable = false)
	private String indicatorCode;

	@Column(nullable = false)
	private String area;

	@Enumerated(EnumType.STRING)
	@Column(name = "period_type", nullable = false)
	private PeriodType periodType;

	@Column(name = "period_start", nullable = false)
	private LocalDate periodStart;

	private BigDecimal value;

	private String marker;

	private BigDecimal numerator;

	private BigDecimal denominator;

	private Integer cases;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ValueSource source;

	@Column(name = "import_id")
	private UUID importId;

	@Column(name = "created_at", nullable = false)
	private OffsetDateTime createdAt;

	@Column(name = "updated_at", nullable = false)
	private OffsetDateTime updatedAt;

	@Version
	private Long version;

	protected IndicatorValue() {
	}

	static IndicatorValue manual(String area, Indicator indicator, Period period, Measure measure, OffsetDateTime now) {
		IndicatorValue v = new IndicatorValue(indicator, area, period, now);
		v.source = ValueSource.MANUAL;
		v.apply(indicator, period, measure, now);
		return v;
	}

	static IndicatorValue imported(UUID importId, String area, Indicator indicator, Period period, BigDecimal value,
			Marker marker, OffsetDateTime now) {
		IndicatorValue v = new IndicatorValue(indicator, area, period, now);
		v.source = ValueSource.IMPORT;
		v.importId = importId;
		v.value = value;
		v.marker = marker == null ? null : marker.symbol();
		return v;
	}

	private IndicatorValue(Indicator indicator, String area, Period period, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.indicatorId = indicator.getId();
		this.indicatorCode = indicator.getCode();
		this.area = area;
		this.periodType = period.type();
		this.periodStart = period.start();
		this.createdAt = now;
		this.updatedAt = now;
	}

	void apply(Indicator indicator, Period period, Measure measure, OffsetDateTime now) {
		this.indicatorId = indicator.getId();
		this.indicatorCode = indicator.getCode();
		this.periodType = period.type();
		this.periodStart = period.start();
		this.value = measure.value();
		this.numerator = measure.numerator();
		this.denominator = measure.denominator();
		this.cases = measure.cases();
		this.updatedAt = now;
	}

	/** The numbers of a manual value, checked. */
	record Measure(BigDecimal value, BigDecimal numerator, BigDecimal denominator, Integer cases) {
	}

	public Period period() {
		return new Period(periodType, periodStart);
	}

	public UUID getId() {
		return id;
	}

	public UUID getIndicatorId() {
		return indicatorId;
	}

	public String getIndicatorCode() {
		return indicatorCode;
	}

	public String getArea() {
		return area;
	}

	public PeriodType getPeriodType() {
		return periodType;
	}

	public LocalDate getPeriodStart() {
		return periodStart;
	}

	public BigDecimal getValue() {
		return value;
	}

	public String getMarker() {
		return marker;
	}

	public BigDecimal getNumerator() {
		return numerator;
	}

	public BigDecimal getDenominator() {
		return denominator;
	}

	public Integer getCases() {
		return cases;
	}

	public ValueSource getSource() {
		return source;
	}

	public UUID getImportId() {
		return importId;
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
