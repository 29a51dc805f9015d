package de.mosaik.web.meeting;

import java.time.LocalDate;
import java.util.UUID;

import de.mosaik.core.meeting.Member;
import de.mosaik.core.meeting.MemberData;
import de.mosaik.core.meeting.MemberRole;

import org.springframework.format.annotation.DateTimeFormat;

/** The member form as entered; checked as {@link MemberData}. */
class MemberForm {

	private String name;

	private String function;

	private UUID departmentId;

	private String organisation;

	private MemberRole role = MemberRole.MEMBER;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate termFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate termTo;

	private Long version;

	static MemberForm of(Member m) {
		MemberForm form = new MemberForm();
		form.name = m.getName();
		form.function = m.getFunction();
		form.departmentId = m.getDepartmentId();
		form.organisation = m.getOrganisation();
		form.role = m.getRole();
		form.termFrom = m.getTermFrom();
		form.termTo = m.getTermTo();
		form.version = m.getVersion();
		return form;
	}

	MemberData data() {
		return new MemberData(name == null ? "" : name, function, departmentId, organisation, role, termFrom, termTo);
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

	public UUID getDepartmentId() {
		return departmentId;
	}

	public void setDepartmentId(UUID departmentId) {
		this.departmentId = departmentId;
	}

	public String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public MemberRole getRole() {
		return role;
	}

	public void setRole(MemberRole role) {
		this.role = role;
	}

	public LocalDate getTermFrom() {
		return termFrom;
	}

	public void setTermFrom(LocalDate termFrom) {
		this.termFrom = termFrom;
	}

	public LocalDate getTermTo() {
		return termTo;
	}

	public void setTermTo(LocalDate termTo) {
		this.termTo = termTo;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
