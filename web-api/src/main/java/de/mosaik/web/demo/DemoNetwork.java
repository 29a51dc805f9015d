package de.mosaik.web.demo;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.mosaik.core.network.ContactPersonData;
import de.mosaik.core.network.ContactPersonService;
import de.mosaik.core.network.LegalBasis;
import de.mosaik.core.network.OfferData;
import de.mosaik.core.network.OfferService;
import de.mosaik.core.network.Organisation;
import de.mosaik.core.network.OrganisationData;
import de.mosaik.core.network.OrganisationService;
import de.mosaik.core.network.Organisations;
import de.mosaik.core.network.WorkingGroupData;
import de.mosaik.core.network.WorkingGroupService;
import de.mosaik.core.tenancy.CurrentTenant;
import de.mosaik.core.tenancy.TenantKey;

import org.springframework.stereotype.Component;

/**
 * A few partner organisations for the demo county, so that the default run shows the network: shared
 * entries of the Landkreis Göttingen with offers, a contact and a working group, and one private partner
 * of the Stadt Göttingen. Only where the council has no organisation yet; addresses are invented.
 */
@Component
class DemoNetwork {

	private final CurrentTenant currentTenant;

	private final Organisations existing;

	private final OrganisationService organisations;

	private final OfferService offers;

	private final ContactPersonService contacts;

	private final WorkingGroupService groups;

	DemoNetwork(CurrentTenant currentTenant, Organisations existing, OrganisationService organisations,
			OfferService offers, ContactPersonService contacts, WorkingGroupService groups) {
		this.currentTenant = currentTenant;
		this.existing = existing;
		this.organisations = organisations;
		this.offers = offers;
		this.contacts = contacts;
		this.groups = groups;
	}

	void seed(String county, String city, List<String> members) {
		currentTenant.runAs(new TenantKey(county), () -> {
			if (existing.count() > 0) {
				return;
			}
			UUID mbe = organisation("Caritas Südniedersachsen – Migrationsberatung", "traeger", "Göttingen", true,
					"Beratung für zugewanderte Erwachsene zu Sprache, Arbeit, Aufenthalt und Familie.");
			offers.create(mbe, new OfferData("Migrationsberatung für Erwachsene (MBE)", null,
					List.of("Erwachsene", "Geflüchtete"), List.of("ar", "fa", "ru"), List.of(county)));
			contacts.create(mbe, new ContactPersonData("Mariam Haidari", "Migrationsberaterin",
					"m.haidari@caritas-demo.example", "0551 0000 10", List.of("fa", "de"), LegalBasis.CONTRACT, null,
					"Kooperationsvereinbarung MBE"));
			UUID jmd = organisation("Jugendmigrationsdienst Göttingen", "beratungsstelle", "Göttingen", true,
					"Begleitung junger Zugewanderter von 12 bis 27 Jahren in Schule, Ausbildung und Beruf.");
			offers.create(jmd, new OfferData("Beratung junger Zugewanderter", null, List.of("Jugendliche", "junge Erwachsene"),
					List.of("ar", "tr", "uk"), members));
			UUID abh = organisation("Ausländerbehörde Landkreis Göttingen", "behoerde", "Göttingen", true,
					"Aufenthaltsrecht, Einbürgerung und Beschäftigungserlaubnis.");
			organisation("Kreissportbund Göttingen-Osterode (intern)", "verein", "Göttingen", false,
					"Noch nicht kreisweit geteilt.");
			groups.create(new WorkingGroupData("Arbeitskreis Migration Südniedersachsen",
					"Austausch der Beratungsstellen und Behörden, viermal im Jahr.", true, Set.of(mbe, jmd, abh)));
		});
		currentTenant.runAs(new TenantKey(city), () -> {
			if (existing.count() > 0) {
				return;
			}
			UUID cafe = organisation("Sprachcafé im Stadtteilzentrum Grone", "verein", "Göttingen", false,
					"Deutsch sprechen bei Kaffee und Kuchen, jeden Mittwoch.");
			offers.create(cafe, new OfferData("Sprachcafé Deutsch", null, List.of("Erwachsene"), List.of("de", "ar"),
					List.of(city)));
		});
	}

	private UUID organisation(String name, String type, String city, boolean shared, String description) {
		Organisation created = organisations.create(new OrganisationData(name, type, description, null, null, city, null,
				null, null, shared));
		return created.getId();
	}
}
