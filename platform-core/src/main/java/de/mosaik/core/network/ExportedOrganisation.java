package de.mosaik.core.network;

import java.util.List;
import java.util.UUID;

/** An organisation as the directory's CSV and vCard exports write it. */
public record ExportedOrganisation(Source source, UUID id, String name, String typeCode, String typeName, String description,
		String street, String postalCode, String city, String email, String phone, String website, List<String> topics,
		List<String> languages, List<String> area, List<CountyOrganisation.SharedContact> contacts) {
}
