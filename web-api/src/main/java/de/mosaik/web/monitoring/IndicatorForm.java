package de.mosaik.web.monitoring;

import de.mosaik.core.monitoring.Direction;
import de.mosaik.core.monitoring.Indicator;
import de.mosaik.core.monitoring.IndicatorData;
import de.mosaik.core.monitoring.IndicatorKind;

/** The form of an own indicator as entered; checked as {@link IndicatorData}. */
class IndicatorForm {

	private String code;

	private String name;

	private String nameEn;

	private String unit;

	private String definition;

	private String numerator;

	private String denominator;

	private IndicatorKind kind = IndicatorKind.COUNT;

	private Integer scale;

	private Direction direction = Direction.NEUTRAL;

	private Long version;

	static IndicatorForm of(Indicator i) {
		IndicatorForm form = new IndicatorForm();
		form.code = i.getCode();
		form.name = i.getName();
		form.nameEn = i.getNameEn();
		form.unit = i.getUnit();
		form.definition = i.getDefinition();
		form.numerator = i.getNumerator();
		form.denominator = i.getDenominator();
		form.kind = i.getKind();
		form.scale = i.getScale();
		form.direction = i.getDirection();
		form.version = i.getVersion();
		return form;
	}

	IndicatorData data() {
		return new IndicatorData(code == null ? "" : code, name == null ? "" : name, nameEn, unit == null ? "" : unit,
				definition, numerator, denominator, kind, kind == IndicatorKind.RATE ? scale : null, direction);
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getUnit() {
		return unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public String getDefinition() {
		return definition;
	}

	public void setDefinition(String definition) {
		this.definition = definition;
	}

	public String getNumerator() {
		return numerator;
	}

	public void setNumerator(String numerator) {
		this.numerator = numerator;
	}

	public String getDenominator() {
		return denominator;
	}

	public void setDenominator(String denominator) {
		this.denominator = denominator;
	}

	public IndicatorKind getKind() {
		return kind;
	}

	public void setKind(IndicatorKind kind) {
		this.kind = kind;
	}

	public Integer getScale() {
		return scale;
	}

	public void setScale(Integer scale) {
		this.scale = scale;
	}

	public Direction getDirection() {
		return direction;
	}

	public void setDirection(Direction direction) {
		this.direction = direction;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
