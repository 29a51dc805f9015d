package de.mosaik.web.network;

import de.mosaik.core.network.Organisation;
import de.mosaik.core.network.OrganisationData;

/** The organisation form as entered; checked as {@link OrganisationData}; also the proposal form. */
class OrganisationForm {

	private String name;

	private String type;

	private String description;

	private String street;

	private String postalCode;

	private String city;

	private String email;

	private String phone;

	private String website;

	private boolean shared;

	private String comment;

	private Long version;

	static OrganisationForm of(Organisation o, String typeCode) {
		OrganisationForm form = new OrganisationForm();
		form.name = o.getName();
		form.type = typeCode;
		form.description = o.getDescription();
		form.street = o.getStreet();
		form.postalCode = o.getPostalCode();
		form.city = o.getCity();
		form.email = o.getEmail();
		form.phone = o.getPhone();
		form.website = o.getWebsite();
		form.shared = o.isShared();
		form.version = o.getVersion();
		return form;
	}

	static OrganisationForm of(OrganisationData o) {
		OrganisationForm form = new OrganisationForm();
		form.name = o.name();
		form.type = o.type();
		form.description = o.description();
		form.street = o.street();
		form.postalCode = o.postalCode();
		form.city = o.city();
		form.email = o.email();
		form.phone = o.phone();
		form.website = o.website();
		return form;
	}

	OrganisationData data() {
		return new OrganisationData(name == null ? "" : name, type == null ? "" : type, description, street, postalCode,
				city, email, phone, website, shared);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getType() {
		return type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getStreet() {
		return street;
	}

	public void setStreet(String street) {
		this.street = street;
	}

	public String getPostalCode() {
		return postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getCity() {
		return city;
	}

	public void setCity(String city) {
		this.city = city;
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

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public boolean isShared() {
		return shared;
	}

	public void setShared(boolean shared) {
		this.shared = shared;
	}

	public String getComment() {
		return comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
