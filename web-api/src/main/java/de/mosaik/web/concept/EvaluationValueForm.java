package de.mosaik.web.concept;

import java.math.BigDecimal;

import de.mosaik.core.concept.EvaluationValueData;

/** The form that adds target and actual value of a period; checked as {@link EvaluationValueData}. */
class EvaluationValueForm {

	private String period;

	private BigDecimal target;

	private BigDecimal actual;

	EvaluationValueData data() {
		return new EvaluationValueData(period == null ? "" : period, target, actual);
	}

	public String getPeriod() {
		return period;
	}

	public void setPeriod(String period) {
		this.period = period;
	}

	public BigDecimal getTarget() {
		return target;
	}

	public void setTarget(BigDecimal target) {
		this.target = target;
	}

	public BigDecimal getActual() {
		return actual;
	}

	public void setActual(BigDecimal actual) {
		this.actual = actual;
	}
}
