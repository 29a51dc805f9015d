package de.mosaik.core.network;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An organisation of the county's shared directory as a member reads it, with its offers, contacts and groups. */
public record CountyOrganisation(UUID id, String name, String typeCode, String typeName, String description,
		String street, String postalCode, String city, String email, String phone, String website,
		List<String> languages, List<String> area, OffsetDateTime updatedAt, List<SharedOffer> offers,
		List<SharedContact> contacts, List<GroupRef> workingGroups) {

	/** An offer of a shared organisation. */
	public record SharedOffer(UUID id, String topic, String description, List<String> targetGroups,
			List<String> languages, List<String> area) {
	}

	/** How to reach a contact person of a shared organisation; nothing else of them is shared. */
	public record SharedContact(UUID id, String name, String function, String email, String phone,
			List<String> languages) {
	}

	/** A working group, by id and name. */
	public record GroupRef(UUID id, String name) {
	}
}
