package de.mosaik.web.departments;

import de.mosaik.core.department.Department;
import de.mosaik.core.department.DepartmentData;

/** The department form as entered; checked as {@link DepartmentData}. {@code version} is the one read. */
class DepartmentForm {

	private String name;

	private String shortName;

	private String contactEmail;

	private Long version;

	static DepartmentForm of(Department d) {
		DepartmentForm form = new DepartmentForm();
		form.name = d.getName();
		form.shortName = d.getShortName();
		form.contactEmail = d.getContactEmail();
		form.version = d.getVersion();
		return form;
	}

	DepartmentData data() {
		return new DepartmentData(name == null ? "" : name, shortName, contactEmail);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getShortName() {
		return shortName;
	}

	public void setShortName(String shortName) {
		this.shortName = shortName;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
