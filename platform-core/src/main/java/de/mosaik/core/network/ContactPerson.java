package de.mosaik.core.network;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A contact person of an organisation: only what reaching them needs, and the legal basis of keeping it.
 * Removing a contact deletes the row.
 */
@Entity
@Table(name = "contact_person")
public class ContactPerson {

	@Id
	private UUID id;

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private UUID organisationId;

	@Column(nullable = false)
	private String name;

	private String function;

	private String email;

	private String phone;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false)
	private List<String> languages = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	@Column(name = "legal_basis", nullable = false)
	private LegalBasis legalBasis;

	@Column(name = "consent_date")
	private LocalDate consentDate;

	@Column(name = "legal_basis_note")
	private String legalBasisNote;

	@Column(name = "created_at", nullable = false)
	private OffsetDateTime createdAt;

	@Column(name = "updated_at", nullable = false)
	private OffsetDateTime updatedAt;

	@Version
	private Long version;

	protected ContactPerson() {
	}

	ContactPerson(UUID organisationId, ContactPersonData data, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.organisationId = organisationId;
		this.createdAt = now;
		apply(data, now);
	}

	void apply(ContactPersonData data, OffsetDateTime now) {
		this.name = data.name().strip();
		this.function = Texts.blankToNull(data.function());
		this.email = Texts.blankToNull(data.email());
		this.phone = Texts.blankToNull(data.phone());
		this.languages = new ArrayList<>(Languages.normaliseAll(data.languages()));
		this.legalBasis = data.legalBasis();
		// a date of consent only where consent is the basis: nothing is kept without a purpose
		this.consentDate = data.legalBasis() == LegalBasis.CONSENT ? data.consentDate() : null;
		this.legalBasisNote = Texts.blankToNull(data.legalBasisNote());
		this.updatedAt = now;
	}

	public UUID getId() {
		return id;
	}

	public UUID getOrganisationId() {
		return organisationId;
	}

	public String getName() {
		return name;
	}

	public String getFunction() {
		return function;
	}

	public String getEmail() {
		return email;
	}

	public String getPhone() {
		return phone;
	}

	public List<String> getLanguages() {
		return List.copyOf(languages);
	}

	public LegalBasis getLegalBasis() {
		return legalBasis;
	}

	public LocalDate getConsentDate() {
		return consentDate;
	}

	public String getLegalBasisNote() {
		return legalBasisNote;
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
