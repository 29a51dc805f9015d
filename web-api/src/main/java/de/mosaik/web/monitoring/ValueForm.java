package de.mosaik.web.monitoring;

import java.math.BigDecimal;
import java.util.UUID;

import de.mosaik.core.monitoring.IndicatorValue;
import de.mosaik.core.monitoring.ValueData;

/** The form of a value entered by hand; checked as {@link ValueData}. */
class ValueForm {

	private UUID indicatorId;

	private String period;

	private BigDecimal value;

	private BigDecimal numerator;

	private BigDecimal denominator;

	private Integer cases;

	private Long version;

	static ValueForm of(IndicatorValue v) {
		ValueForm form = new ValueForm();
		form.indicatorId = v.getIndicatorId();
		form.period = v.period().toString();
		form.value = v.getValue();
		form.numerator = v.getNumerator();
		form.denominator = v.getDenominator();
		form.cases = v.getCases();
		form.version = v.getVersion();
		return form;
	}

	ValueData data() {
		return new ValueData(indicatorId, period == null ? "" : period, value, numerator, denominator, cases);
	}

	public UUID getIndicatorId() {
		return indicatorId;
	}

	public void setIndicatorId(UUID indicatorId) {
		this.indicatorId = indicatorId;
	}

	public String getPeriod() {
		return period;
	}

	public void setPeriod(String period) {
		this.period = period;
	}

	public BigDecimal getValue() {
		return value;
	}

	public void setValue(BigDecimal value) {
		this.value = value;
	}

	public BigDecimal getNumerator() {
		return numerator;
	}

	public void setNumerator(BigDecimal numerator) {
		this.numerator = numerator;
	}

	public BigDecimal getDenominator() {
		return denominator;
	}

	public void setDenominator(BigDecimal denominator) {
		this.denominator = denominator;
	}

	public Integer getCases() {
		return cases;
	}

	public void setCases(Integer cases) {
		this.cases = cases;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
