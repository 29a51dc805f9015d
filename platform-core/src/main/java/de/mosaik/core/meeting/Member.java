package de.mosaik.core.meeting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A member of a body: a person from a department of the council or from a partner organisation, with
 * a role and a term. Only what the body's work needs is kept about them.
 */
@Entity
@Table(name = "body_member")
public class Member {

	@Id
	private UUID id;

	@Column(name = "body_id", nullable = false, updatable = false)
	private UUID bodyId;

	@Column(nullable = false)
	private String name;

	@Column(name = "function_name")
	private String function;

	/** A department of the tenant; cleared when the department is deleted. */
	@Column(name = "department_id")
	private UUID departmentId;

	/** Free text until the partner network lets a member name an organisation from the directory. */
	private String organisation;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MemberRole role;

	@Column(name = "term_from")
	private LocalDate termFrom;

	@Column(name = "term_to")
	private LocalDate termTo;

	@Column(name = "created_at", nullable = false)
	private OffsetDateTime createdAt;

	@Column(name = "updated_at", nullable = false)
	private OffsetDateTime updatedAt;

	@Version
	private Long version;

	protected Member() {
	}

	Member(UUID bodyId, MemberData data, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.bodyId = bodyId;
		this.createdAt = now;
		apply(data, now);
	}

	void apply(MemberData data, OffsetDateTime now) {
		this.name = data.name().strip();
		this.function = Checks.blankToNull(data.function());
		this.departmentId = data.departmentId();
		this.organisation = Checks.blankToNull(data.organisation());
		this.role = data.role();
		this.termFrom = data.termFrom();
		this.termTo = data.termTo();
		this.updatedAt = now;
	}

	/** Whether the person is a member on that day (no term given: always). */
	public boolean isMemberOn(LocalDate day) {
		return (termFrom == null || !day.isBefore(termFrom)) && (termTo == null || !day.isAfter(termTo));
	}

	public UUID getId() {
		return id;
	}

	public UUID getBodyId() {
		return bodyId;
	}

	public String getName() {
		return name;
	}

	public String getFunction() {
		return function;
	}

	public UUID getDepartmentId() {
		return departmentId;
	}

	public String getOrganisation() {
		return organisation;
	}

	public MemberRole getRole() {
		return role;
	}

	public LocalDate getTermFrom() {
		return termFrom;
	}

	public LocalDate getTermTo() {
		return termTo;
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
