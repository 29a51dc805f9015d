package de.mosaik.web.network;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import de.mosaik.core.network.WorkingGroup;
import de.mosaik.core.network.WorkingGroupData;

/** The working group form as entered; checked as {@link WorkingGroupData}. */
class WorkingGroupForm {

	private String name;

	private String description;

	private boolean shared;

	private Set<UUID> organisationIds = new LinkedHashSet<>();

	private Long version;

	static WorkingGroupForm of(WorkingGroup g) {
		WorkingGroupForm form = new WorkingGroupForm();
		form.name = g.getName();
		form.description = g.getDescription();
		form.shared = g.isShared();
		form.organisationIds = new LinkedHashSet<>(g.getOrganisationIds());
		form.version = g.getVersion();
		return form;
	}

	WorkingGroupData data() {
		return new WorkingGroupData(name == null ? "" : name, description, shared,
				organisationIds == null ? Set.of() : organisationIds);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public boolean isShared() {
		return shared;
	}

	public void setShared(boolean shared) {
		this.shared = shared;
	}

	public Set<UUID> getOrganisationIds() {
		return organisationIds;
	}

	public void setOrganisationIds(Set<UUID> organisationIds) {
		this.organisationIds = organisationIds;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
