package de.mosaik.core.concept;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.NotFoundException;
import de.mosaik.core.tenancy.CurrentTenant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county's side of the framework: it publishes the goals of a version of its concept, with their
 * fields of action, as a numbered release that its member municipalities may adopt. Only a county has a
 * framework; for a municipality there is none to find.
 */
@Service
public class FrameworkService {

	private final FrameworkReleases releases;

	private final FrameworkGoals frameworkGoals;

	private final Concepts concepts;

	private final Goals goals;

	private final FieldsOfAction fields;

	private final CurrentTenant tenant;

	private final Clock clock;

	FrameworkService(FrameworkReleases releases, FrameworkGoals frameworkGoals, Concepts concepts, Goals goals,
			FieldsOfAction fields, CurrentTenant tenant, Clock clock) {
		this.releases = releases;
		this.frameworkGoals = frameworkGoals;
		this.concepts = concepts;
		this.goals = goals;
		this.fields = fields;
		this.tenant = tenant;
		this.clock = clock;
	}

	/** Whether the current council is a county, the only kind that publishes a framework. */
	public boolean isCounty() {
		return tenant.require().value().length() == 5;
	}

	@Transactional(readOnly = true)
	public Page<FrameworkRelease> releases(Pageable pageable) {
		requireCounty();
		return releases.findAll(pageable);
	}

	@Transactional(readOnly = true)
	public FrameworkRelease release(UUID id) {
		requireCounty();
		return releases.findById(id).orElseThrow(() -> new NotFoundException("frameworkRelease", id));
	}

	@Transactional(readOnly = true)
	public List<FrameworkGoalView> goals(UUID releaseId) {
		release(releaseId);
		return frameworkGoals.findByReleaseIdOrderByFieldPositionAscFieldNameAscTitleAscIdAsc(releaseId)
			.stream()
			.map(FrameworkGoal::view)
			.toList();
	}

	/** The latest release, or null before the first. */
	@Transactional(readOnly = true)
	public FrameworkRelease latest() {
		requireCounty();
		return releases.findFirstByOrderByNumberDesc().orElse(null);
	}

	/** A snapshot of the concept's goals, numbered after the last release; a concept without goals has nothing to publish. */
	@Transactional
	public FrameworkRelease publish(PublishData data) {
		requireCounty();
		Concept concept = concepts.findById(data.conceptId())
			.orElseThrow(() -> new InvalidInputException("conceptId", "framework.conceptId.unknown"));
		List<Goal> ofConcept = goals.findByConceptIdOrderByTitleAscIdAsc(concept.getId());
		if (ofConcept.isEmpty()) {
			throw new InvalidInputException("conceptId", "framework.conceptId.noGoals");
		}
		FrameworkRelease release = releases
			.saveAndFlush(new FrameworkRelease(releases.lastNumber() + 1, concept, data.note(), OffsetDateTime.now(clock)));
		Map<UUID, FieldOfAction> byId = new HashMap<>();
		fields.findAll().forEach(f -> byId.put(f.getId(), f));
		frameworkGoals.saveAll(ofConcept.stream()
			.map(g -> new FrameworkGoal(release.getId(), g, byId.get(g.getFieldOfActionId())))
			.toList());
		return release;
	}

	private void requireCounty() {
		if (!isCounty()) {
			throw new NotFoundException("framework", tenant.require());
		}
	}
}
