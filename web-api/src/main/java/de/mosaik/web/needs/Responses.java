package de.mosaik.web.needs;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.mosaik.core.needs.Finding;
import de.mosaik.core.needs.Justification;
import de.mosaik.core.needs.NeedsAnalysis;
import de.mosaik.core.needs.NeedsMethod;
import de.mosaik.core.needs.ParticipantGroup;

/** Needs analyses as the API shows them. */
final class Responses {

	private Responses() {
	}

	record NeedsAnalysisResponse(UUID id, String title, NeedsMethod method, LocalDate conductedOn,
			Integer participantsTotal, List<ParticipantGroup> groups, String summary, OffsetDateTime createdAt,
			OffsetDateTime updatedAt, long version) {

		static NeedsAnalysisResponse of(NeedsAnalysis a) {
			return new NeedsAnalysisResponse(a.getId(), a.getTitle(), a.getMethod(), a.getConductedOn(),
					a.getParticipantsTotal(), a.getGroups(), a.getSummary(), a.getCreatedAt(), a.getUpdatedAt(),
					a.getVersion());
		}
	}

	record FindingResponse(UUID id, UUID analysisId, int position, String text, Set<UUID> goalIds,
			Set<UUID> measureIds, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

		static FindingResponse of(Finding f) {
			return new FindingResponse(f.getId(), f.getAnalysisId(), f.getPosition(), f.getText(), f.getGoalIds(),
					f.getMeasureIds(), f.getCreatedAt(), f.getUpdatedAt(), f.getVersion());
		}
	}

	record JustificationResponse(UUID findingId, int position, String text, UUID analysisId, String analysisTitle,
			NeedsMethod method, LocalDate conductedOn) {

		static JustificationResponse of(Justification j) {
			return new JustificationResponse(j.findingId(), j.position(), j.text(), j.analysisId(), j.analysisTitle(),
					j.method(), j.conductedOn());
		}
	}
}
