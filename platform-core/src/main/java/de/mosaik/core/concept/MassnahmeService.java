package de.mosaik.core.concept;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The measures of a goal: the end not before the start, a responsible department of this council. */
@Service
public class MassnahmeService {

	private final Massnahmen massnahmen;

	private final Goals goals;

	private final Clock clock;

	MassnahmeService(Massnahmen massnahmen, Goals goals, Clock clock) {
		this.massnahmen = massnahmen;
		this.goals = goals;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<Massnahme> list(UUID goalId, MassnahmeStatus status, String search, Pageable pageable) {
		if (!goals.existsById(goalId)) {
			throw new NotFoundException("goal", goalId);
		}
		return massnahmen.find(goalId, status, Checks.contains(search), pageable);
	}

	@Transactional(readOnly = true)
	public Massnahme get(UUID id) {
		return massnahmen.findById(id).orElseThrow(() -> new NotFoundException("massnahme", id));
	}

	@Transactional
	public Massnahme create(UUID goalId, MassnahmeData data) {
		if (!goals.existsById(goalId)) {
			throw new NotFoundException("goal", goalId);
		}
		check(data);
		return massnahmen.save(new Massnahme(goalId, data, OffsetDateTime.now(clock)));
	}

	@Transactional
	public Massnahme update(UUID id, long expectedVersion, MassnahmeData data) {
		Massnahme massnahme = get(id);
		Checks.version(massnahme.getVersion(), expectedVersion, "massnahme", id);
		check(data);
		massnahme.apply(data, OffsetDateTime.now(clock));
		return massnahmen.saveAndFlush(massnahme);
	}

	/** Its milestones go with it; tasks that named it stay, without the link. */
	@Transactional
	public void delete(UUID id, long expectedVersion) {
		Massnahme massnahme = get(id);
		Checks.version(massnahme.getVersion(), expectedVersion, "massnahme", id);
		massnahmen.delete(massnahme);
	}

	private void check(MassnahmeData data) {
		if (data.startDate() != null && data.endDate() != null && data.endDate().isBefore(data.startDate())) {
			throw new InvalidInputException("endDate", "massnahme.endDate.beforeStart");
		}
		if (data.responsibleDepartmentId() != null && !massnahmen.departmentExists(data.responsibleDepartmentId())) {
			throw new InvalidInputException("responsibleDepartmentId", "massnahme.responsibleDepartmentId.unknown");
		}
	}
}
