package de.mosaik.web.network;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import de.mosaik.core.network.ContactPerson;
import de.mosaik.core.network.ContactPersonData;
import de.mosaik.core.network.LegalBasis;

import org.springframework.format.annotation.DateTimeFormat;

/** The contact person form as entered: languages as comma-separated tags; checked as {@link ContactPersonData}. */
class ContactForm {

	private String name;

	private String function;

	private String email;

	private String phone;

	private String languages;

	private LegalBasis legalBasis;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate consentDate;

	private String legalBasisNote;

	private Long version;

	static ContactForm of(ContactPerson c) {
		ContactForm form = new ContactForm();
		form.name = c.getName();
		form.function = c.getFunction();
		form.email = c.getEmail();
		form.phone = c.getPhone();
		form.languages = String.join(", ", c.getLanguages());
		form.legalBasis = c.getLegalBasis();
		form.consentDate = c.getConsentDate();
		form.legalBasisNote = c.getLegalBasisNote();
		form.version = c.getVersion();
		return form;
	}

	ContactPersonData data() {
		return new ContactPersonData(name == null ? "" : name, function, email, phone, list(languages), legalBasis,
				consentDate, legalBasisNote);
	}

	static List<String> list(String commaSeparated) {
		if (commaSeparated == null || commaSeparated.isBlank()) {
			return List.of();
		}
		return Arrays.stream(commaSeparated.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getFunction() {
		return function;
	}

	public void setFunction(String function) {
		this.function = function;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getLanguages() {
		return languages;
	}

	public void setLanguages(String languages) {
		this.languages = languages;
	}

	public LegalBasis getLegalBasis() {
		return legalBasis;
	}

	public void setLegalBasis(LegalBasis legalBasis) {
		this.legalBasis = legalBasis;
	}

	public LocalDate getConsentDate() {
		return consentDate;
	}

	public void setConsentDate(LocalDate consentDate) {
		this.consentDate = consentDate;
	}

	public String getLegalBasisNote() {
		return legalBasisNote;
	}

	public void setLegalBasisNote(String legalBasisNote) {
		this.legalBasisNote = legalBasisNote;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
