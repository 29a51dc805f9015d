package de.mosaik.web.needs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import de.mosaik.core.needs.NeedsAnalysis;
import de.mosaik.core.needs.NeedsAnalysisData;
import de.mosaik.core.needs.NeedsMethod;
import de.mosaik.core.needs.ParticipantGroup;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The needs analysis form as entered, with a fixed number of group rows; rows left empty are no group.
 * Checked as {@link NeedsAnalysisData}.
 */
class NeedsForm {

	static final int GROUP_ROWS = 6;

	private String title;

	private NeedsMethod method;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate conductedOn;

	private Integer participantsTotal;

	private String summary;

	private List<GroupRow> groups = new ArrayList<>();

	private Long version;

	/** One row of the groups table. */
	public static class GroupRow {

		private String label;

		private Integer participants;

		public GroupRow() {
		}

		GroupRow(String label, Integer participants) {
			this.label = label;
			this.participants = participants;
		}

		boolean isEmpty() {
			return (label == null || label.isBlank()) && participants == null;
		}

		public String getLabel() {
			return label;
		}

		public void setLabel(String label) {
			this.label = label;
		}

		public Integer getParticipants() {
			return participants;
		}

		public void setParticipants(Integer participants) {
			this.participants = participants;
		}
	}

	NeedsForm() {
		pad();
	}

	static NeedsForm of(NeedsAnalysis a) {
		NeedsForm form = new NeedsForm();
		form.title = a.getTitle();
		form.method = a.getMethod();
		form.conductedOn = a.getConductedOn();
		form.participantsTotal = a.getParticipantsTotal();
		form.summary = a.getSummary();
		form.groups = new ArrayList<>(a.getGroups().stream().map(g -> new GroupRow(g.label(), g.participants())).toList());
		form.pad();
		form.version = a.getVersion();
		return form;
	}

	/** Filled rows first, then empty ones up to the table's size, so that a row's errors show at the row. */
	void compact() {
		groups = new ArrayList<>(groups.stream().filter(g -> g != null && !g.isEmpty()).toList());
		pad();
	}

	private void pad() {
		while (groups.size() < GROUP_ROWS) {
			groups.add(new GroupRow());
		}
	}

	NeedsAnalysisData data() {
		List<ParticipantGroup> filled = groups.stream()
			.filter(g -> g != null && !g.isEmpty())
			.map(g -> new ParticipantGroup(g.label == null ? "" : g.label, g.participants))
			.toList();
		return new NeedsAnalysisData(title == null ? "" : title, method, conductedOn, participantsTotal, filled, summary);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public NeedsMethod getMethod() {
		return method;
	}

	public void setMethod(NeedsMethod method) {
		this.method = method;
	}

	public LocalDate getConductedOn() {
		return conductedOn;
	}

	public void setConductedOn(LocalDate conductedOn) {
		this.conductedOn = conductedOn;
	}

	public Integer getParticipantsTotal() {
		return participantsTotal;
	}

	public void setParticipantsTotal(Integer participantsTotal) {
		this.participantsTotal = participantsTotal;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public List<GroupRow> getGroups() {
		return groups;
	}

	public void setGroups(List<GroupRow> groups) {
		this.groups = groups;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
