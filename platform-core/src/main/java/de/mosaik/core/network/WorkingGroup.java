package de.mosaik.core.network;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A network or working group (Arbeitskreis) and its member organisations. */
@Entity
@Table(name = "working_group")
public class WorkingGroup {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String name;

	private String description;

	@Column(nullable = false)
	private boolean shared;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "working_group_member", joinColumns = @JoinColumn(name = "working_group_id"))
	@Column(name = "organisation_id")
	private Set<UUID> organisationIds = new LinkedHashSet<>();

	@Column(name = "created_at", nullable = false)
	private OffsetDateTime createdAt;

	@Column(name = "updated_at", nullable = false)
	private OffsetDateTime updatedAt;

	@Version
	private Long version;

	protected WorkingGroup() {
	}

	WorkingGroup(WorkingGroupData data, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.createdAt = now;
		apply(data, now);
	}

	void apply(WorkingGroupData data, OffsetDateTime now) {
		this.name = data.name().strip();
		this.description = Texts.blankToNull(data.description());
		this.shared = Boolean.TRUE.equals(data.shared());
		this.organisationIds.clear();
		if (data.organisationIds() != null) {
			this.organisationIds.addAll(data.organisationIds());
		}
		this.updatedAt = now;
	}

	public UUID getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

	public boolean isShared() {
		return shared;
	}

	public Set<UUID> getOrganisationIds() {
		return Set.copyOf(organisationIds);
	}

	public OffsetDateTime getCreatedAt() {
		return createdAt;
	}

	public OffsetDateTime getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version == null ? 0 : version;
	}
}
