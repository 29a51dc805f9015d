package de.mosaik.web.network;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.mosaik.core.network.ContactPerson;
import de.mosaik.core.network.Decision;
import de.mosaik.core.network.LegalBasis;
import de.mosaik.core.network.Offer;
import de.mosaik.core.network.Organisation;
import de.mosaik.core.network.OrganisationData;
import de.mosaik.core.network.OrganisationType;
import de.mosaik.core.network.ProposalKind;
import de.mosaik.core.network.ProposalOutcome;
import de.mosaik.core.network.ProposalView;
import de.mosaik.core.network.WorkingGroup;

/** The network's records as the API shows them. */
final class Responses {

	private Responses() {
	}

	record TypeResponse(UUID id, String code, String name, int position, OffsetDateTime createdAt,
			OffsetDateTime updatedAt, long version) {

		static TypeResponse of(OrganisationType t) {
			return new TypeResponse(t.getId(), t.getCode(), t.getName(), t.getPosition(), t.getCreatedAt(),
					t.getUpdatedAt(), t.getVersion());
		}
	}

	/** {@code languages} and {@code area} are those of its offers and contacts. */
	record OrganisationResponse(UUID id, String name, String type, String typeName, String description, String street,
			String postalCode, String city, String email, String phone, String website, boolean shared,
			List<String> languages, List<String> area, OffsetDateTime createdAt, OffsetDateTime updatedAt,
			long version) {

		static OrganisationResponse of(Organisation o, OrganisationType type) {
			return new OrganisationResponse(o.getId(), o.getName(), type.getCode(), type.getName(), o.getDescription(),
					o.getStreet(), o.getPostalCode(), o.getCity(), o.getEmail(), o.getPhone(), o.getWebsite(),
					o.isShared(), o.getLanguages(), o.getArea(), o.getCreatedAt(), o.getUpdatedAt(), o.getVersion());
		}
	}

	record ContactResponse(UUID id, UUID organisationId, String name, String function, String email, String phone,
			List<String> languages, LegalBasis legalBasis, LocalDate consentDate, String legalBasisNote,
			OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

		static ContactResponse of(ContactPerson c) {
			return new ContactResponse(c.getId(), c.getOrganisationId(), c.getName(), c.getFunction(), c.getEmail(),
					c.getPhone(), c.getLanguages(), c.getLegalBasis(), c.getConsentDate(), c.getLegalBasisNote(),
					c.getCreatedAt(), c.getUpdatedAt(), c.getVersion());
		}
	}

	record OfferResponse(UUID id, UUID organisationId, String topic, String description, List<String> targetGroups,
			List<String> languages, List<String> area, OffsetDateTime createdAt, OffsetDateTime updatedAt,
			long version) {

		static OfferResponse of(Offer f) {
			return new OfferResponse(f.getId(), f.getOrganisationId(), f.getTopic(), f.getDescription(),
					f.getTargetGroups(), f.getLanguages(), f.getArea(), f.getCreatedAt(), f.getUpdatedAt(),
					f.getVersion());
		}
	}

	record WorkingGroupResponse(UUID id, String name, String description, boolean shared, Set<UUID> organisationIds,
			OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

		static WorkingGroupResponse of(WorkingGroup g) {
			return new WorkingGroupResponse(g.getId(), g.getName(), g.getDescription(), g.isShared(),
					g.getOrganisationIds(), g.getCreatedAt(), g.getUpdatedAt(), g.getVersion());
		}
	}

	/**
	 * A proposal with its outcome.
	 *
	 * @param status {@code PENDING} until the county decides, then the outcome
	 */
	record ProposalResponse(UUID id, ProposalKind kind, UUID targetId, OrganisationData organisation, String comment,
			String proposedBy, OffsetDateTime createdAt, String status, String reason, UUID organisationId,
			OffsetDateTime decidedAt, long version) {

		static ProposalResponse of(ProposalView v) {
			return new ProposalResponse(v.proposal().getId(), v.proposal().getKind(), v.proposal().getTargetId(),
					v.proposal().organisation(), v.proposal().getComment(), v.proposal().getProposedBy(),
					v.proposal().getCreatedAt(), v.pending() ? "PENDING" : v.outcome().name(), v.reason(),
					v.organisationId(), v.decidedAt(), v.proposal().getVersion());
		}
	}

	record DecisionResponse(UUID id, String memberKey, String memberName, UUID proposalId, ProposalKind kind,
			String proposalName, ProposalOutcome outcome, String reason, UUID organisationId, OffsetDateTime decidedAt) {

		static DecisionResponse of(Decision d, String memberName) {
			return new DecisionResponse(d.getId(), d.getMemberKey(), memberName, d.getProposalId(), d.getKind(),
					d.getProposalName(), d.getOutcome(), d.getReason(), d.getOrganisationId(), d.getDecidedAt());
		}
	}
}
