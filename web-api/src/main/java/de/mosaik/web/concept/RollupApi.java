package de.mosaik.web.concept;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.mosaik.core.concept.Figures;
import de.mosaik.core.concept.MassnahmeStatus;
import de.mosaik.core.concept.Rollup;
import de.mosaik.core.concept.RollupService;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tenants/{tenant}")
@Tag(name = "Roll-up", description = "Measures by status and budgets (EUR) per goal and field of action")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER', 'COUNSELLOR', 'VIEWER')")
class RollupApi {

	/** Measures by status (every status, 0 where none), in all, and their budgets in EUR. */
	record FiguresResponse(Map<MassnahmeStatus, Long> byStatus, long measures, BigDecimal budgetPlanned,
			BigDecimal budgetSpent, String currency) {

		static FiguresResponse of(Figures f) {
			return new FiguresResponse(f.byStatus(), f.measures(), f.budgetPlanned(), f.budgetSpent(), "EUR");
		}
	}

	record GoalFigures(UUID goalId, String title, FiguresResponse figures) {
	}

	record FieldFigures(UUID fieldOfActionId, String name, FiguresResponse figures, List<GoalFigures> goals) {
	}

	record RollupResponse(UUID conceptId, FiguresResponse total, List<FieldFigures> fields) {

		static RollupResponse of(Rollup r) {
			return new RollupResponse(r.conceptId(), FiguresResponse.of(r.total()),
					r.fields()
						.stream()
						.map(f -> new FieldFigures(f.fieldOfActionId(), f.name(), FiguresResponse.of(f.figures()),
								f.goals()
									.stream()
									.map(g -> new GoalFigures(g.goalId(), g.title(), FiguresResponse.of(g.figures())))
									.toList()))
						.toList());
		}
	}

	private final RollupService rollups;

	RollupApi(RollupService rollups) {
		this.rollups = rollups;
	}

	@GetMapping("/concepts/{conceptId}/rollup")
	@Operation(summary = "A concept's roll-up", description = "In total, per field of action (in its order) and per goal: measures by status, measures in all, budget planned and spent")
	RollupResponse concept(@PathVariable String tenant, @PathVariable UUID conceptId) {
		return RollupResponse.of(rollups.ofConcept(conceptId));
	}

	@GetMapping("/goals/{goalId}/rollup")
	@Operation(summary = "A goal's roll-up", description = "Measures by status, budget planned and spent")
	FiguresResponse goal(@PathVariable String tenant, @PathVariable UUID goalId) {
		return FiguresResponse.of(rollups.ofGoal(goalId));
	}
}
