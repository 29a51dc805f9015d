package de.mosaik.core.concept;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A field of action (Handlungsfeld) of the concept, e.g. "Sprache" or "Wohnen"; the tenant keeps the list. */
@Entity
@Table(name = "field_of_action")
public class FieldOfAction {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String name;

	private String description;

	@Column(nullable = false)
	private int position;

	@Column(name = "created_at", nullable = false)
	private OffsetDateTime createdAt;

	@Column(name = "updated_at", nullable = false)
	private OffsetDateTime updatedAt;

	@Version
	private Long version;

	protected FieldOfAction() {
	}

	FieldOfAction(FieldOfActionData data, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.createdAt = now;
		apply(data, now);
	}

	void apply(FieldOfActionData data, OffsetDateTime now) {
		this.name = data.name().strip();
		this.description = Checks.blankToNull(data.description());
		this.position = data.position() == null ? 0 : data.position();
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
