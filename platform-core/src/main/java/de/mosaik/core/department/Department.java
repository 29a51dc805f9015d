package de.mosaik.core.department;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A department of the council's administration (Fachbereich, Amt), e.g. "Sozialamt" / "FB 50". */
@Entity
@Table(name = "department")
public class Department {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String name;

	@Column(name = "short_name")
	private String shortName;

	@Column(name = "contact_email")
	private String contactEmail;

	@Column(name = "created_at", nullable = false)
	private OffsetDateTime createdAt;

	@Column(name = "updated_at", nullable = false)
	private OffsetDateTime updatedAt;

	/** Null until first stored, which tells Spring Data that the entity is new (no select before insert). */
	@Version
	private Long version;

	protected Department() {
	}

	Department(DepartmentData data, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.createdAt = now;
		apply(data, now);
	}

	void apply(DepartmentData data, OffsetDateTime now) {
		this.name = data.name().strip();
		this.shortName = blankToNull(data.shortName());
		this.contactEmail = blankToNull(data.contactEmail());
		this.updatedAt = now;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public UUID getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getShortName() {
		return shortName;
	}

	public String getContactEmail() {
		return contactEmail;
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
