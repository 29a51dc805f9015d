package de.mosaik.core.monitoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import de.mosaik.core.shared.MonitoringChanged;
import de.mosaik.core.shared.DuplicateException;
import de.mosaik.core.shared.InUseException;
import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.NotFoundException;
import de.mosaik.core.shared.StaleVersionException;
import de.mosaik.core.tenancy.CurrentTenant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Values entered by hand, always for the tenant's own area; one per indicator and period. Imported
 * values are changed only by undoing their import, so that an import stays undoable as a whole.
 */
@Service
public class ValueService {

	private final IndicatorValues values;

	private final Indicators indicators;

	private final CurrentTenant tenant;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ValueService(IndicatorValues values, Indicators indicators, CurrentTenant tenant, ApplicationEventPublisher events,
			Clock clock) {
		this.values = values;
		this.indicators = indicators;
		this.tenant = tenant;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<IndicatorValue> list(ValueFilter filter, Pageable pageable) {
		return values.findAll(filter.specification(), pageable);
	}

	@Transactional(readOnly = true)
	public IndicatorValue get(UUID id) {
		return values.findById(id).orElseThrow(() -> new NotFoundException("indicatorValue", id));
	}

	@Transactional
	public IndicatorValue create(ValueData data) {
		Indicator indicator = indicator(data.indicatorId());
		Period period = Period.parse(data.period());
		String area = tenant.require().value();
		if (values.existsByIndicatorIdAndAreaAndPeriodTypeAndPeriodStart(indicator.getId(), area, period.type(),
				period.start())) {
			throw new DuplicateException("period", "value.period.duplicate");
		}
		IndicatorValue value = values.save(IndicatorValue.manual(area, indicator, period, measure(indicator, data), now()));
		changed();
		return value;
	}

	@Transactional
	public IndicatorValue update(UUID id, long expectedVersion, ValueData data) {
		IndicatorValue value = manual(id, expectedVersion);
		Indicator indicator = indicator(data.indicatorId());
		Period period = Period.parse(data.period());
		if (values.existsByIndicatorIdAndAreaAndPeriodTypeAndPeriodStartAndIdNot(indicator.getId(), value.getArea(),
				period.type(), period.start(), id)) {
			throw new DuplicateException("period", "value.period.duplicate");
		}
		value.apply(indicator, period, measure(indicator, data), now());
		IndicatorValue saved = values.saveAndFlush(value);
		changed();
		return saved;
	}

	@Transactional
	public void delete(UUID id, long expectedVersion) {
		values.delete(manual(id, expectedVersion));
		changed();
	}

	private IndicatorValue manual(UUID id, long expectedVersion) {
		IndicatorValue value = get(id);
		if (value.getVersion() != expectedVersion) {
			throw new StaleVersionException("indicatorValue", id);
		}
		if (value.getSource() != ValueSource.MANUAL) {
			throw new InUseException("indicatorValue", id, "value.imported.readOnly");
		}
		return value;
	}

	private Indicator indicator(UUID id) {
		return indicators.findById(id).orElseThrow(() -> new InvalidInputException("indicatorId", "value.indicatorId.unknown"));
	}

	/** A rate left without a value is computed from numerator and denominator. */
	static IndicatorValue.Measure measure(Indicator indicator, ValueData data) {
		BigDecimal value = data.value();
		if (value == null && indicator.getKind() == IndicatorKind.RATE && data.numerator() != null
				&& data.denominator() != null) {
			value = data.numerator()
				.multiply(BigDecimal.valueOf(indicator.getScale()))
				.divide(data.denominator(), MathContext.DECIMAL64)
				.setScale(6, RoundingMode.HALF_UP);
		}
		if (value == null) {
			throw new InvalidInputException("value", "value.value.required");
		}
		return new IndicatorValue.Measure(value, data.numerator(), data.denominator(), data.cases());
	}

	private void changed() {
		events.publishEvent(new MonitoringChanged(tenant.require()));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}
}
