package de.mosaik.web.framework;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import de.mosaik.core.concept.ConceptStatus;
import de.mosaik.core.concept.FrameworkAdoption;
import de.mosaik.core.concept.FrameworkGoalView;
import de.mosaik.core.concept.FrameworkRelease;
import de.mosaik.core.concept.FrameworkReleaseView;
import de.mosaik.core.concept.GoalProgress;
import de.mosaik.core.concept.MemberAdoption;

/** The framework as the API shows it. */
final class Responses {

	private Responses() {
	}

	record ReleaseResponse(UUID id, int number, String conceptTitle, int conceptEdition, String note,
			OffsetDateTime publishedAt) {

		static ReleaseResponse of(FrameworkRelease r) {
			return new ReleaseResponse(r.getId(), r.getNumber(), r.getConceptTitle(), r.getConceptEdition(), r.getNote(),
					r.getPublishedAt());
		}

		static ReleaseResponse of(FrameworkReleaseView r) {
			return new ReleaseResponse(r.id(), r.number(), r.conceptTitle(), r.conceptEdition(), r.note(),
					r.publishedAt());
		}
	}

	record GoalResponse(UUID id, UUID sourceGoalId, String title, String description, BigDecimal targetValue,
			String targetUnit, Integer targetYear) {

		static GoalResponse of(FrameworkGoalView g) {
			return new GoalResponse(g.id(), g.sourceGoalId(), g.title(), g.description(), g.targetValue(),
					g.targetUnit(), g.targetYear());
		}
	}

	/** A field of action of a release with its goals, in the county's order. */
	record FieldResponse(String name, String description, int position, List<GoalResponse> goals) {

		static List<FieldResponse> of(List<FrameworkGoalView> goals) {
			return Fields.of(goals)
				.stream()
				.map(f -> new FieldResponse(f.name(), f.description(), f.position(),
						f.goals().stream().map(GoalResponse::of).toList()))
				.toList();
		}
	}

	record ReleaseDetailResponse(UUID id, int number, String conceptTitle, int conceptEdition, String note,
			OffsetDateTime publishedAt, List<FieldResponse> fields) {

		static ReleaseDetailResponse of(ReleaseResponse r, List<FrameworkGoalView> goals) {
			return new ReleaseDetailResponse(r.id(), r.number(), r.conceptTitle(), r.conceptEdition(), r.note(),
					r.publishedAt(), FieldResponse.of(goals));
		}
	}

	record AdoptionResponse(UUID id, String county, UUID releaseId, int releaseNumber, UUID conceptId, int goalsAdded,
			int goalsPresent, OffsetDateTime adoptedAt) {

		static AdoptionResponse of(FrameworkAdoption a) {
			return new AdoptionResponse(a.getId(), a.getCounty(), a.getReleaseId(), a.getReleaseNumber(),
					a.getConceptId(), a.getGoalsAdded(), a.getGoalsPresent(), a.getAdoptedAt());
		}
	}

	/** Counts of a member's goals taken over and their measures by status. */
	record ProgressResponse(UUID sourceGoalId, long goals, long measures, long planned, long running, long done,
			long stopped) {

		static ProgressResponse of(GoalProgress p) {
			return new ProgressResponse(p.sourceGoalId(), p.goals(), p.measures(), p.planned(), p.running(), p.done(),
					p.stopped());
		}
	}

	record MemberAdoptionResponse(UUID releaseId, int releaseNumber, OffsetDateTime adoptedAt, int conceptEdition,
			ConceptStatus conceptStatus) {

		static MemberAdoptionResponse of(MemberAdoption a) {
			return a == null ? null : new MemberAdoptionResponse(a.releaseId(), a.releaseNumber(), a.adoptedAt(),
					a.conceptEdition(), a.conceptStatus());
		}
	}

	/** A member as the county sees it: no text of the member, only state and counts. */
	record MemberResponse(String ags, String name, boolean onMosaik, MemberAdoptionResponse adoption,
			ProgressResponse total, List<ProgressResponse> goals) {

		static MemberResponse of(MemberRows.MemberRow r) {
			return new MemberResponse(r.ags(), r.name(), r.onMosaik(), MemberAdoptionResponse.of(r.adoption()),
					ProgressResponse.of(r.total()),
					r.progress() == null ? List.of() : r.progress().goals().stream().map(ProgressResponse::of).toList());
		}
	}
}
