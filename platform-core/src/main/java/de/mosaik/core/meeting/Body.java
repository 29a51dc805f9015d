package de.mosaik.core.meeting;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A body (Gremium): the steering committee, a working group, the advisory council or another. */
@Entity
@Table(name = "body")
public class Body {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private BodyKind kind;

	private String description;

	@Column(name = "created_at", nullable = false)
	private OffsetDateTime createdAt;

	@Column(name = "updated_at", nullable = false)
	private OffsetDateTime updatedAt;

	@Version
	private Long version;

	protected Body() {
	}

	Body(BodyData data, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.createdAt = now;
		apply(data, now);
	}

	void apply(BodyData data, OffsetDateTime now) {
		this.name = data.name().strip();
		this.kind = data.kind();
		this.description = Checks.blankToNull(data.description());
		this.updatedAt = now;
	}

	public UUID getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public BodyKind getKind() {
		return kind;
	}

	public String getDescription() {
		return description;
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
