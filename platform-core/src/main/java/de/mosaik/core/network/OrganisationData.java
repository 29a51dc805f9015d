package de.mosaik.core.network;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What is entered for an organisation. {@code type} is the code of one of the tenant's organisation
 * types; {@code shared} puts it into the county-wide directory and is only possible in a county.
 */
public record OrganisationData(
		@NotBlank(message = "{organisation.name.required}") @Size(max = 200, message = "{organisation.name.size}") String name,
		@NotBlank(message = "{organisation.type.required}") @Size(max = 40, message = "{organisation.type.unknown}") String type,
		@Size(max = 4000, message = "{organisation.description.size}") String description,
		@Size(max = 200, message = "{organisation.street.size}") String street,
		@Pattern(regexp = "\\s*|\\s*\\d{5}\\s*", message = "{organisation.postalCode.format}") String postalCode,
		@Size(max = 100, message = "{organisation.city.size}") String city,
		@Email(message = "{organisation.email.invalid}") @Size(max = 254, message = "{organisation.email.size}") String email,
		@Pattern(regexp = "\\s*|\\s*\\+?[0-9 ()/.-]{3,50}\\s*", message = "{organisation.phone.format}") String phone,
		@Pattern(regexp = "\\s*|\\s*https?://[^\\s]{1,290}\\s*", message = "{organisation.website.format}") String website,
		Boolean shared) {

	/** The same entry with {@code shared} set. */
	public OrganisationData withShared(boolean value) {
		return new OrganisationData(name, type, description, street, postalCode, city, email, phone, website, value);
	}
}
