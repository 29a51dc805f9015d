package de.mosaik.core.concept;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.NotFoundException;
import de.mosaik.core.tenancy.CurrentTenant;
import de.mosaik.core.tenancy.TenantKey;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member municipality's side of the framework: it reads what its county published (through the
 * county's {@code shared_framework_*} views) and adopts a release into a version of its own concept. Each
 * goal is copied with the county and the county's goal as its source; fields of action are matched by
 * name or added. A goal the version already took over is left as the municipality shaped it.
 */
@Service
public class AdoptionService {

	private final FrameworkViews views;

	private final FrameworkAdoptions adoptions;

	private final Concepts concepts;

	private final Goals goals;

	private final FieldsOfAction fields;

	private final CurrentTenant tenant;

	private final Clock clock;

	AdoptionService(FrameworkViews views, FrameworkAdoptions adoptions, Concepts concepts, Goals goals,
			FieldsOfAction fields, CurrentTenant tenant, Clock clock) {
		this.views = views;
		this.adoptions = adoptions;
		this.concepts = concepts;
		this.goals = goals;
		this.fields = fields;
		this.tenant = tenant;
		this.clock = clock;
	}

	/** The county whose framework the current municipality may read, if it has one on Mosaik. */
	@Transactional(readOnly = true)
	public Optional<TenantKey> county() {
		TenantKey self = tenant.require();
		if (self.value().length() != 8) {
			return Optional.empty();
		}
		TenantKey county = new TenantKey(self.value().substring(0, 5));
		return views.readable(county.schemaName(), "shared_framework_release") ? Optional.of(county) : Optional.empty();
	}

	/** The county's releases, newest first. */
	@Transactional(readOnly = true)
	public Page<FrameworkReleaseView> published(Pageable pageable) {
		TenantKey county = requireCounty();
		List<FrameworkReleaseView> page = views.releases(county, (int) pageable.getOffset(), pageable.getPageSize());
		return new PageImpl<>(page, pageable, views.countReleases(county));
	}

	@Transactional(readOnly = true)
	public FrameworkReleaseView publishedRelease(UUID id) {
		return views.release(requireCounty(), id).orElseThrow(() -> new NotFoundException("frameworkRelease", id));
	}

	@Transactional(readOnly = true)
	public List<FrameworkGoalView> publishedGoals(UUID releaseId) {
		TenantKey county = requireCounty();
		views.release(county, releaseId).orElseThrow(() -> new NotFoundException("frameworkRelease", releaseId));
		return views.goals(county, releaseId);
	}

	@Transactional(readOnly = true)
	public Page<FrameworkAdoption> adoptions(Pageable pageable) {
		requireCounty();
		return adoptions.findAll(pageable);
	}

	@Transactional(readOnly = true)
	public FrameworkAdoption adoption(UUID id) {
		requireCounty();
		return adoptions.findById(id).orElseThrow(() -> new NotFoundException("frameworkAdoption", id));
	}

	@Transactional
	public FrameworkAdoption adopt(AdoptionData data) {
		TenantKey county = requireCounty();
		Concept concept = concepts.findById(data.conceptId())
			.orElseThrow(() -> new InvalidInputException("conceptId", "framework.conceptId.unknown"));
		if (concept.getStatus() == ConceptStatus.SUPERSEDED) {
			throw new InvalidInputException("conceptId", "framework.conceptId.superseded");
		}
		FrameworkReleaseView release = views.release(county, data.releaseId())
			.orElseThrow(() -> new InvalidInputException("releaseId", "framework.releaseId.unknown"));
		OffsetDateTime now = OffsetDateTime.now(clock);
		Set<UUID> present = goals.sourceGoalIds(concept.getId());
		int added = 0;
		int already = 0;
		for (FrameworkGoalView g : views.goals(county, release.id())) {
			if (present.contains(g.sourceGoalId())) {
				already++;
				continue;
			}
			FieldOfAction field = fields.findFirstByNameIgnoreCase(g.fieldName())
				.orElseGet(() -> fields.saveAndFlush(new FieldOfAction(
						new FieldOfActionData(g.fieldName(), g.fieldDescription(), g.fieldPosition()), now)));
			goals.save(new Goal(concept.getId(), new GoalData(field.getId(), g.title(), g.description(), g.targetValue(),
					g.targetUnit(), g.targetYear()), county.value(), g.sourceGoalId(), now));
			added++;
		}
		return adoptions.save(new FrameworkAdoption(county.value(), release, concept.getId(), added, already, now));
	}

	private TenantKey requireCounty() {
		return county().orElseThrow(() -> new NotFoundException("framework", tenant.require()));
	}
}
