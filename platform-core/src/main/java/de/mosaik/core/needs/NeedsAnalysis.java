package de.mosaik.core.needs;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A needs analysis (Bedarfsanalyse): method, date, participants as counts, a summary; its findings apart. */
@Entity
@Table(name = "needs_analysis")
public class NeedsAnalysis {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private NeedsMethod method;

	@Column(name = "conducted_on", nullable = false)
	private LocalDate conductedOn;

	@Column(name = "participants_total")
	private Integer participantsTotal;

	// a change of the list comes with a change of updatedAt, which bumps the version once
	@org.hibernate.annotations.OptimisticLock(excluded = true)
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "needs_analysis_group", joinColumns = @JoinColumn(name = "analysis_id"))
	@OrderColumn(name = "position")
	private List<ParticipantGroup> groups = new ArrayList<>();

	private String summary;

	@Column(name = "created_at", nullable = false)
	private OffsetDateTime createdAt;

	@Column(name = "updated_at", nullable = false)
	private OffsetDateTime updatedAt;

	@Version
	private Long version;

	protected NeedsAnalysis() {
	}

	NeedsAnalysis(NeedsAnalysisData data, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.createdAt = now;
		apply(data, now);
	}

	void apply(NeedsAnalysisData data, OffsetDateTime now) {
		this.title = data.title().strip();
		this.method = data.method();
		this.conductedOn = data.conductedOn();
		this.participantsTotal = data.participantsTotal();
		this.groups.clear();
		data.groupsOrEmpty().forEach(g -> groups.add(new ParticipantGroup(g.label().strip(), g.participants())));
		this.summary = summary(data.summary());
		this.updatedAt = now;
	}

	private static String summary(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public UUID getId() {
		return id;
	}

	public String getTitle() {
		return title;
	}

	public NeedsMethod getMethod() {
		return method;
	}

	public LocalDate getConductedOn() {
		return conductedOn;
	}

	public Integer getParticipantsTotal() {
		return participantsTotal;
	}

	public List<ParticipantGroup> getGroups() {
		return List.copyOf(groups);
	}

	public String getSummary() {
		return summary;
	}

	public OffsetDateTime getCreatedAt() {
		return createdAt;
	}

	public OffsetDateTime getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version == null ? 0 : version;
	}
}
