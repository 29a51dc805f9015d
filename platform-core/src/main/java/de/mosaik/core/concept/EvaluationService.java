package de.mosaik.core.concept;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import de.mosaik.core.shared.DuplicateException;
import de.mosaik.core.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The evaluation of a measure: a short assessment, and target against actual values per period. */
@Service
public class EvaluationService {

	private final Massnahmen massnahmen;

	private final EvaluationValues values;

	private final Clock clock;

	EvaluationService(Massnahmen massnahmen, EvaluationValues values, Clock clock) {
		this.massnahmen = massnahmen;
		this.values = values;
		this.clock = clock;
	}

	/** Changes the assessment; the measure's version guards it like any change of the measure. */
	@Transactional
	public Massnahme assess(UUID massnahmeId, long expectedVersion, String assessment) {
		Massnahme m = massnahme(massnahmeId);
		Checks.version(m.getVersion(), expectedVersion, "massnahme", massnahmeId);
		m.assess(assessment, now());
		return massnahmen.saveAndFlush(m);
	}

	@Transactional(readOnly = true)
	public List<EvaluationValue> values(UUID massnahmeId) {
		massnahme(massnahmeId);
		return values.findByMassnahmeIdOrderByPeriodAsc(massnahmeId);
	}

	@Transactional(readOnly = true)
	public EvaluationValue value(UUID id) {
		return values.findById(id).orElseThrow(() -> new NotFoundException("evaluationValue", id));
	}

	/** One value per period and measure. */
	@Transactional
	public EvaluationValue addValue(UUID massnahmeId, EvaluationValueData data) {
		massnahme(massnahmeId);
		if (values.existsByMassnahmeIdAndPeriod(massnahmeId, data.period().strip())) {
			throw new DuplicateException("period", "evaluation.period.duplicate");
		}
		return values.save(new EvaluationValue(massnahmeId, data, now()));
	}

	@Transactional
	public EvaluationValue updateValue(UUID id, long expectedVersion, EvaluationValueData data) {
		EvaluationValue value = value(id);
		Checks.version(value.getVersion(), expectedVersion, "evaluationValue", id);
		if (values.existsByMassnahmeIdAndPeriodAndIdNot(value.getMassnahmeId(), data.period().strip(), id)) {
			throw new DuplicateException("period", "evaluation.period.duplicate");
		}
		value.apply(data, now());
		return values.saveAndFlush(value);
	}

	@Transactional
	public void deleteValue(UUID id, long expectedVersion) {
		EvaluationValue value = value(id);
		Checks.version(value.getVersion(), expectedVersion, "evaluationValue", id);
		values.delete(value);
	}

	private Massnahme massnahme(UUID id) {
		return massnahmen.findById(id).orElseThrow(() -> new NotFoundException("massnahme", id));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}
}
