package de.mosaik.core.network;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

import org.springframework.stereotype.Component;

/**
 * Keeps what an organisation is found by: the languages and area of its offers and contacts, and its
 * search text (names, topics, target groups, language tags and names in German and English, names of
 * the places served). Called whenever the organisation or one of its parts changes.
 */
@Component
class OrganisationIndex {

	private final OrganisationTypes types;

	private final Offers offers;

	private final ContactPersons contacts;

	private final AreaRegister areas;

	OrganisationIndex(OrganisationTypes types, Offers offers, ContactPersons contacts, AreaRegister areas) {
		this.types = types;
		this.offers = offers;
		this.contacts = contacts;
		this.areas = areas;
	}

	/** What an organisation is found by. */
	record Index(List<String> languages, List<String> area, String text) {
	}

	void refresh(Organisation organisation) {
		Index index = compute(organisation);
		organisation.index(index.languages(), index.area(), index.text());
	}

	Index compute(Organisation organisation) {
		List<Offer> its = offers.ofOrganisation(organisation.getId());
		List<ContactPerson> people = contacts.ofOrganisation(organisation.getId());
		Set<String> languages = new LinkedHashSet<>();
		Set<String> area = new LinkedHashSet<>();
		StringJoiner text = new StringJoiner(" ");
		add(text, organisation.getName());
		types.findById(organisation.getTypeId()).ifPresent(t -> add(text, t.getName()));
		add(text, organisation.getDescription());
		add(text, organisation.getCity());
		for (Offer offer : its) {
			add(text, offer.getTopic());
			add(text, offer.getDescription());
			offer.getTargetGroups().forEach(g -> add(text, g));
			languages.addAll(offer.getLanguages());
			area.addAll(offer.getArea());
		}
		for (ContactPerson person : people) {
			add(text, person.getFunction());
			languages.addAll(person.getLanguages());
		}
		for (String tag : languages) {
			add(text, tag);
			add(text, Languages.displayName(tag, Locale.GERMAN));
			add(text, Languages.displayName(tag, Locale.ENGLISH));
		}
		for (String ags : area) {
			add(text, ags);
			areas.name(ags).ifPresent(name -> add(text, name));
		}
		return new Index(new ArrayList<>(languages), new ArrayList<>(area), SearchWords.index(text.toString()));
	}

	private static void add(StringJoiner text, String value) {
		if (value != null && !value.isBlank()) {
			text.add(value.strip());
		}
	}
}
