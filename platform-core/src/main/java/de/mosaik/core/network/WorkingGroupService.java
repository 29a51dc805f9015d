package de.mosaik.core.network;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.mosaik.core.shared.DuplicateException;
import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Working groups: a unique name, members from the council's own organisations, sharing only in a county. */
@Service
public class WorkingGroupService {

	private final WorkingGroups groups;

	private final Organisations organisations;

	private final CountyLink link;

	private final Clock clock;

	WorkingGroupService(WorkingGroups groups, Organisations organisations, CountyLink link, Clock clock) {
		this.groups = groups;
		this.organisations = organisations;
		this.link = link;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<WorkingGroup> list(String search, Pageable pageable) {
		return groups.find(search == null ? "" : search.strip(), pageable);
	}

	@Transactional(readOnly = true)
	public WorkingGroup get(UUID id) {
		return groups.findById(id).orElseThrow(() -> new NotFoundException("workingGroup", id));
	}

	@Transactional(readOnly = true)
	public List<WorkingGroup> withMember(UUID organisationId) {
		return groups.withMember(organisationId);
	}

	/** The member organisations, by name. */
	@Transactional(readOnly = true)
	public List<Organisation> members(WorkingGroup group) {
		return organisations.findByIdIn(group.getOrganisationIds())
			.stream()
			.sorted(Comparator.comparing(o -> o.getName().toLowerCase(Locale.GERMAN)))
			.toList();
	}

	@Transactional
	public WorkingGroup create(WorkingGroupData data) {
		check(data, null);
		return groups.saveAndFlush(new WorkingGroup(data, OffsetDateTime.now(clock)));
	}

	@Transactional
	public WorkingGroup update(UUID id, long expectedVersion, WorkingGroupData data) {
		WorkingGroup group = get(id);
		Texts.version(group.getVersion(), expectedVersion, "workingGroup", id);
		check(data, id);
		group.apply(data, OffsetDateTime.now(clock));
		return groups.saveAndFlush(group);
	}

	@Transactional
	public void delete(UUID id, long expectedVersion) {
		WorkingGroup group = get(id);
		Texts.version(group.getVersion(), expectedVersion, "workingGroup", id);
		groups.delete(group);
		groups.flush();
	}

	private void check(WorkingGroupData data, UUID self) {
		if (Boolean.TRUE.equals(data.shared()) && !link.isCounty()) {
			throw new InvalidInputException("shared", "organisation.shared.countyOnly");
		}
		if (data.organisationIds() != null && !data.organisationIds().isEmpty()
				&& organisations.findByIdIn(data.organisationIds()).size() != data.organisationIds().size()) {
			throw new InvalidInputException("organisationIds", "workingGroup.organisationIds.unknown");
		}
		groups.findByNameIgnoringCase(data.name().strip()).filter(g -> !g.getId().equals(self)).ifPresent(g -> {
			throw new DuplicateException("name", "workingGroup.name.duplicate");
		});
	}
}
