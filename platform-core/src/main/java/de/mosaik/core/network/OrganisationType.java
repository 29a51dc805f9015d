package de.mosaik.core.network;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A kind of partner organisation (Träger, Beratungsstelle, Verein …); each council may add its own. */
@Entity
@Table(name = "organisation_type")
public class OrganisationType {

	@Id
	private UUID id;

	/** Stable once made: filters, the CSV import and proposals to the county name types by it. */
	@Column(nullable = false, updatable = false)
	private String code;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private int position;

	@Column(name = "created_at", nullable = false)
	private OffsetDateTime createdAt;

	@Column(name = "updated_at", nullable = false)
	private OffsetDateTime updatedAt;

	@Version
	private Long version;

	protected OrganisationType() {
	}

	OrganisationType(String code, OrganisationTypeData data, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.code = code;
		this.createdAt = now;
		apply(data, now);
	}

	void apply(OrganisationTypeData data, OffsetDateTime now) {
		this.name = data.name().strip();
		this.position = data.position() == null ? 100 : data.position();
		this.updatedAt = now;
	}

	public UUID getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public int getPosition() {
		return position;
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
