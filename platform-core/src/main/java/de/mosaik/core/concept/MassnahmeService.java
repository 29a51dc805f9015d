package de.mosaik.core.concept;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

	private final NetworkOrganisations organisations;

	private final Clock clock;

	MassnahmeService(Massnahmen massnahmen, Goals goals, NetworkOrganisations organisations, Clock clock) {
		this.massnahmen = massnahmen;
		this.organisations = organisations;
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

	/** The council's network organisations by name, to choose from. */
	@Transactional(readOnly = true)
	public List<OrganisationChoice> organisationChoices() {
		return organisations.all();
	}

	/** The names of the network organisations the measure names; the participating ones by name. */
	@Transactional(readOnly = true)
	public Partners partners(Massnahme m) {
		List<UUID> ids = new ArrayList<>(m.getPartnerOrganisationIds());
		if (m.getResponsibleOrganisationId() != null) {
			ids.add(m.getResponsibleOrganisationId());
		}
		Map<UUID, String> names = organisations.names(ids);
		String responsible = m.getResponsibleOrganisationId() == null ? null : names.get(m.getResponsibleOrganisationId());
		return new Partners(responsible, m.getPartnerOrganisationIds().stream().map(names::get).filter(n -> n != null)
			.sorted(String.CASE_INSENSITIVE_ORDER).toList());
	}

	/** @param responsible the responsible organisation's name, null when none */
	public record Partners(String responsible, List<String> participating) {
	}

	private void check(MassnahmeData data) {
		if (data.startDate() != null && data.endDate() != null && data.endDate().isBefore(data.startDate())) {
			throw new InvalidInputException("endDate", "massnahme.endDate.beforeStart");
		}
		if (data.responsibleDepartmentId() != null && !massnahmen.departmentExists(data.responsibleDepartmentId())) {
			throw new InvalidInputException("responsibleDepartmentId", "massnahme.responsibleDepartmentId.unknown");
		}
		if (data.responsibleOrganisationId() != null
				&& massnahmen.organisationsExisting(List.of(data.responsibleOrganisationId())) == 0) {
			throw new InvalidInputException("responsibleOrganisationId", "massnahme.responsibleOrganisationId.unknown");
		}
		if (!data.partnerOrganisationIds().isEmpty()
				&& massnahmen.organisationsExisting(data.partnerOrganisationIds()) != data.partnerOrganisationIds().size()) {
			throw new InvalidInputException("partnerOrganisationIds", "massnahme.partnerOrganisationIds.unknown");
		}
	}
}
