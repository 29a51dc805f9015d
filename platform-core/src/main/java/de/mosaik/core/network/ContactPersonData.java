package de.mosaik.core.network;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A contact person as entered. {@code languages} are BCP 47 tags; {@code consentDate} is required when
 * the legal basis is consent.
 */
public record ContactPersonData(
		@NotBlank(message = "{contact.name.required}") @Size(max = 200, message = "{contact.name.size}") String name,
		@Size(max = 200, message = "{contact.function.size}") String function,
		@Email(message = "{contact.email.invalid}") @Size(max = 254, message = "{contact.email.size}") String email,
		@Pattern(regexp = "\\s*|\\s*\\+?[0-9 ()/.-]{3,50}\\s*", message = "{contact.phone.format}") String phone,
		@Size(max = 20, message = "{contact.languages.size}") List<String> languages,
		@NotNull(message = "{contact.legalBasis.required}") LegalBasis legalBasis,
		LocalDate consentDate,
		@Size(max = 500, message = "{contact.legalBasisNote.size}") String legalBasisNote) {
}
