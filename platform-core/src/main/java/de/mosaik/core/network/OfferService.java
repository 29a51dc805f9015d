package de.mosaik.core.network;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The offers of an organisation: languages as BCP 47 tags, areas as keys of the official register. */
@Service
public class OfferService {

	private final Offers offers;

	private final OrganisationService organisations;

	private final AreaRegister areas;

	private final Clock clock;

	OfferService(Offers offers, OrganisationService organisations, AreaRegister areas, Clock clock) {
		this.offers = offers;
		this.organisations = organisations;
		this.areas = areas;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Offer> ofOrganisation(UUID organisationId) {
		organisations.get(organisationId);
		return offers.ofOrganisation(organisationId);
	}

	@Transactional(readOnly = true)
	public Offer get(UUID id) {
		return offers.findById(id).orElseThrow(() -> new NotFoundException("offer", id));
	}

	@Transactional
	public Offer create(UUID organisationId, OfferData data) {
		organisations.get(organisationId);
		check(data);
		Offer offer = offers.saveAndFlush(new Offer(organisationId, data, OffsetDateTime.now(clock)));
		organisations.partChanged(organisationId);
		return offer;
	}

	@Transactional
	public Offer update(UUID id, long expectedVersion, OfferData data) {
		Offer offer = get(id);
		Texts.version(offer.getVersion(), expectedVersion, "offer", id);
		check(data);
		offer.apply(data, OffsetDateTime.now(clock));
		offers.saveAndFlush(offer);
		organisations.partChanged(offer.getOrganisationId());
		return offer;
	}

	@Transactional
	public void delete(UUID id, long expectedVersion) {
		Offer offer = get(id);
		Texts.version(offer.getVersion(), expectedVersion, "offer", id);
		offers.delete(offer);
		offers.flush();
		organisations.partChanged(offer.getOrganisationId());
	}

	private void check(OfferData data) {
		if (!Languages.allValid(data.languages())) {
			throw new InvalidInputException("languages", "network.languages.invalid");
		}
		for (String ags : Texts.cleanList(data.area())) {
			if (!ags.matches("\\d{5}|\\d{8}") || areas.name(ags).isEmpty()) {
				throw new InvalidInputException("area", "offer.area.unknown");
			}
		}
	}
}
