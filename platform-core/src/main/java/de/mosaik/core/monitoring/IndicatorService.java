package de.mosaik.core.monitoring;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.mosaik.core.shared.DuplicateException;
import de.mosaik.core.shared.InUseException;
import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.NotFoundException;
import de.mosaik.core.shared.StaleVersionException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's indicator catalogue: the standard indicators stay as shipped (the same code means the same
 * thing in every council, so that a county can add up its members); the tenant adds, changes and removes its own.
 */
@Service
public class IndicatorService {

	static final Set<Integer> SCALES = Set.of(100, 1000, 10000, 100000);

	private final Indicators indicators;

	private final IndicatorValues values;

	private final Clock clock;

	IndicatorService(Indicators indicators, IndicatorValues values, Clock clock) {
		this.indicators = indicators;
		this.values = values;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<Indicator> list(String search, Origin origin, Pageable pageable) {
		return indicators.search(search == null ? "" : search.strip(), origin, pageable);
	}

	/** The whole catalogue by code, for choices. */
	@Transactional(readOnly = true)
	public List<Indicator> all() {
		return indicators.findAllByOrderByCodeAsc();
	}

	@Transactional(readOnly = true)
	public Indicator get(UUID id) {
		return indicators.findById(id).orElseThrow(() -> new NotFoundException("indicator", id));
	}

	@Transactional
	public Indicator create(IndicatorData data) {
		check(data);
		if (indicators.existsByCodeIgnoreCase(data.code().strip())) {
			throw new DuplicateException("code", "indicator.code.duplicate");
		}
		return indicators.save(new Indicator(data, now()));
	}

	@Transactional
	public Indicator update(UUID id, long expectedVersion, IndicatorData data) {
		Indicator indicator = own(id, expectedVersion);
		check(data);
		if (indicators.existsByCodeIgnoreCaseAndIdNot(data.code().strip(), id)) {
			throw new DuplicateException("code", "indicator.code.duplicate");
		}
		if (!indicator.getCode().equalsIgnoreCase(data.code().strip()) && values.existsByIndicatorId(id)) {
			throw new InvalidInputException("code", "indicator.code.hasValues");
		}
		if (!indicator.getCode().equalsIgnoreCase(data.code().strip()) && indicators.namedByGoal(indicator.getCode())) {
			throw new InvalidInputException("code", "indicator.code.namedByGoal");
		}
		indicator.apply(data, now());
		return indicators.saveAndFlush(indicator);
	}

	/** Only an own indicator without values that no goal names can go. */
	@Transactional
	public void delete(UUID id, long expectedVersion) {
		Indicator indicator = own(id, expectedVersion);
		if (values.existsByIndicatorId(id)) {
			throw new InUseException("indicator", id, "indicator.inUse");
		}
		if (indicators.namedByGoal(indicator.getCode())) {
			throw new InUseException("indicator", id, "indicator.namedByGoal");
		}
		indicators.delete(indicator);
	}

	private Indicator own(UUID id, long expectedVersion) {
		Indicator indicator = get(id);
		if (indicator.getVersion() != expectedVersion) {
			throw new StaleVersionException("indicator", id);
		}
		if (indicator.isStandard()) {
			throw new InUseException("indicator", id, "indicator.standard.readOnly");
		}
		return indicator;
	}

	private static void check(IndicatorData data) {
		if (data.kind() == IndicatorKind.RATE && (data.scale() == null || !SCALES.contains(data.scale()))) {
			throw new InvalidInputException("scale", "indicator.scale.required");
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}
}
