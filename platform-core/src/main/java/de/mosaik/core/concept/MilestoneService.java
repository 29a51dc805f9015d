package de.mosaik.core.concept;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import de.mosaik.core.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The milestones of a measure, by due date. */
@Service
public class MilestoneService {

	private final Milestones milestones;

	private final Massnahmen massnahmen;

	private final Clock clock;

	MilestoneService(Milestones milestones, Massnahmen massnahmen, Clock clock) {
		this.milestones = milestones;
		this.massnahmen = massnahmen;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Milestone> list(UUID massnahmeId) {
		requireMassnahme(massnahmeId);
		return milestones.findByMassnahmeIdOrderByDueDateAscTitleAsc(massnahmeId);
	}

	@Transactional(readOnly = true)
	public Milestone get(UUID id) {
		return milestones.findById(id).orElseThrow(() -> new NotFoundException("milestone", id));
	}

	@Transactional
	public Milestone create(UUID massnahmeId, MilestoneData data) {
		requireMassnahme(massnahmeId);
		return milestones.save(new Milestone(massnahmeId, data, OffsetDateTime.now(clock)));
	}

	@Transactional
	public Milestone update(UUID id, long expectedVersion, MilestoneData data) {
		Milestone milestone = get(id);
		Checks.version(milestone.getVersion(), expectedVersion, "milestone", id);
		milestone.apply(data, OffsetDateTime.now(clock));
		return milestones.saveAndFlush(milestone);
	}

	@Transactional
	public void delete(UUID id, long expectedVersion) {
		Milestone milestone = get(id);
		Checks.version(milestone.getVersion(), expectedVersion, "milestone", id);
		milestones.delete(milestone);
	}

	private void requireMassnahme(UUID massnahmeId) {
		if (!massnahmen.existsById(massnahmeId)) {
			throw new NotFoundException("massnahme", massnahmeId);
		}
	}
}
