package de.mosaik.core.network;

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
 * A municipality's proposal to its county's directory, kept in the municipality's own schema; the
 * county reads it through the member's {@code county_network_proposal} view.
 */
@Entity
@Table(name = "network_proposal")
public class Proposal {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private ProposalKind kind;

	/** The county's shared organisation a change is for (in the county's schema, so no foreign key). */
	@Column(name = "target_id", updatable = false)
	private UUID targetId;

	@Column(name = "type_code", nullable = false)
	private String typeCode;

	@Column(nullable = false)
	private String name;

	private String description;

	private String street;

	@Column(name = "postal_code")
	private String postalCode;

	private String city;

	private String email;

	private String phone;

	private String website;

	private String comment;

	/** Who in the municipality proposed it; not shown to the county. */
	@Column(name = "proposed_by")
	private String proposedBy;

	@Column(name = "created_at", nullable = false)
	private OffsetDateTime createdAt;

	@Column(name = "updated_at", nullable = false)
	private OffsetDateTime updatedAt;

	@Version
	private Long version;

	protected Proposal() {
	}

	Proposal(ProposalData data, String proposedBy, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.kind = data.targetId() == null ? ProposalKind.NEW : ProposalKind.CHANGE;
		this.targetId = data.targetId();
		OrganisationData o = data.organisation();
		this.typeCode = o.type().strip();
		this.name = o.name().strip();
		this.description = Texts.blankToNull(o.description());
		this.street = Texts.blankToNull(o.street());
		this.postalCode = Texts.blankToNull(o.postalCode());
		this.city = Texts.blankToNull(o.city());
		this.email = Texts.blankToNull(o.email());
		this.phone = Texts.blankToNull(o.phone());
		this.website = Texts.blankToNull(o.website());
		this.comment = Texts.blankToNull(data.comment());
		this.proposedBy = Texts.blankToNull(proposedBy);
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** The organisation as proposed. */
	public OrganisationData organisation() {
		return new OrganisationData(name, typeCode, description, street, postalCode, city, email, phone, website, null);
	}

	public UUID getId() {
		return id;
	}

	public ProposalKind getKind() {
		return kind;
	}

	public UUID getTargetId() {
		return targetId;
	}

	public String getTypeCode() {
		return typeCode;
	}

	public String getName() {
		return name;
	}

	public String getComment() {
		return comment;
	}

	public String getProposedBy() {
		return proposedBy;
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
