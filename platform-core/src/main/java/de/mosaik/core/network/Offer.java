package de.mosaik.core.network;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An offer (Angebot) of an organisation: a topic, for whom, in which languages, where. */
@Entity
@Table(name = "offer")
public class Offer {

	@Id
	private UUID id;

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private UUID organisationId;

	@Column(nullable = false)
	private String topic;

	private String description;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "target_groups", nullable = false)
	private List<String> targetGroups = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false)
	private List<String> languages = new ArrayList<>();

	/** Official keys (AGS) of the municipalities, or the county, it serves. */
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false)
	private List<String> area = new ArrayList<>();

	@Column(name = "created_at", nullable = false)
	private OffsetDateTime createdAt;

	@Column(name = "updated_at", nullable = false)
	private OffsetDateTime updatedAt;

	@Version
	private Long version;

	protected Offer() {
	}

	Offer(UUID organisationId, OfferData data, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.organisationId = organisationId;
		this.createdAt = now;
		apply(data, now);
	}

	void apply(OfferData data, OffsetDateTime now) {
		this.topic = data.topic().strip();
		this.description = Texts.blankToNull(data.description());
		this.targetGroups = new ArrayList<>(Texts.cleanList(data.targetGroups()));
		this.languages = new ArrayList<>(Languages.normaliseAll(data.languages()));
		this.area = new ArrayList<>(Texts.cleanList(data.area()));
		this.updatedAt = now;
	}

	public UUID getId() {
		return id;
	}

	public UUID getOrganisationId() {
		return organisationId;
	}

	public String getTopic() {
		return topic;
	}

	public String getDescription() {
		return description;
	}

	public List<String> getTargetGroups() {
		return List.copyOf(targetGroups);
	}

	public List<String> getLanguages() {
		return List.copyOf(languages);
	}

	public List<String> getArea() {
		return List.copyOf(area);
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
