package de.mosaik.core.network;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Contact persons: a legal basis for every one, the date where it is consent; removal deletes the row. */
@Service
public class ContactPersonService {

	private final ContactPersons contacts;

	private final OrganisationService organisations;

	private final Clock clock;

	ContactPersonService(ContactPersons contacts, OrganisationService organisations, Clock clock) {
		this.contacts = contacts;
		this.organisations = organisations;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ContactPerson> ofOrganisation(UUID organisationId) {
		organisations.get(organisationId);
		return contacts.ofOrganisation(organisationId);
	}

	@Transactional(readOnly = true)
	public ContactPerson get(UUID id) {
		return contacts.findById(id).orElseThrow(() -> new NotFoundException("contact", id));
	}

	@Transactional
	public ContactPerson create(UUID organisationId, ContactPersonData data) {
		organisations.get(organisationId);
		check(data);
		ContactPerson contact = contacts.saveAndFlush(new ContactPerson(organisationId, data, OffsetDateTime.now(clock)));
		organisations.partChanged(organisationId);
		return contact;
	}

	@Transactional
	public ContactPerson update(UUID id, long expectedVersion, ContactPersonData data) {
		ContactPerson contact = get(id);
		Texts.version(contact.getVersion(), expectedVersion, "contact", id);
		check(data);
		contact.apply(data, OffsetDateTime.now(clock));
		contacts.saveAndFlush(contact);
		organisations.partChanged(contact.getOrganisationId());
		return contact;
	}

	/** Deletes the row itself: nothing of the person stays behind. */
	@Transactional
	public void delete(UUID id, long expectedVersion) {
		ContactPerson contact = get(id);
		Texts.version(contact.getVersion(), expectedVersion, "contact", id);
		contacts.delete(contact);
		contacts.flush();
		organisations.partChanged(contact.getOrganisationId());
	}

	private void check(ContactPersonData data) {
		if (!Languages.allValid(data.languages())) {
			throw new InvalidInputException("languages", "network.languages.invalid");
		}
		if (data.legalBasis() == LegalBasis.CONSENT) {
			if (data.consentDate() == null) {
				throw new InvalidInputException("consentDate", "contact.consentDate.required");
			}
			if (data.consentDate().isAfter(LocalDate.now(clock))) {
				throw new InvalidInputException("consentDate", "contact.consentDate.future");
			}
		}
	}
}
