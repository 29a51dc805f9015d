package de.mosaik.web.concept;

import java.util.List;
import java.util.UUID;

import de.mosaik.core.concept.EvaluationService;
import de.mosaik.core.concept.EvaluationValue;
import de.mosaik.core.concept.EvaluationValueData;
import de.mosaik.core.concept.Massnahme;
import de.mosaik.core.concept.MassnahmeService;
import de.mosaik.web.concept.Responses.EvaluationValueResponse;
import de.mosaik.web.problem.Versions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tenants/{tenant}")
@Tag(name = "Evaluation", description = "The evaluation of a measure: assessment, target against actual values per period")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER', 'COUNSELLOR', 'VIEWER')")
class EvaluationApi {

	/** The evaluation of a measure; {@code version} is the measure's, which guards the assessment. */
	record EvaluationResponse(UUID measureId, String assessment, long version, List<EvaluationValueResponse> values) {
	}

	/** A new assessment text. */
	record Assessment(@Size(max = 2000, message = "{evaluation.assessment.size}") String assessment) {
	}

	private final EvaluationService evaluation;

	private final MassnahmeService massnahmen;

	EvaluationApi(EvaluationService evaluation, MassnahmeService massnahmen) {
		this.evaluation = evaluation;
		this.massnahmen = massnahmen;
	}

	@GetMapping("/measures/{measureId}/evaluation")
	@Operation(summary = "The evaluation of a measure", description = "Values by period; the ETag is the measure's")
	ResponseEntity<EvaluationResponse> get(@PathVariable String tenant, @PathVariable UUID measureId) {
		Massnahme m = massnahmen.get(measureId);
		return Etags.ok(m.getVersion(), response(m));
	}

	@PutMapping("/measures/{measureId}/evaluation/assessment")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Change the assessment", description = "Requires If-Match with the measure's ETag")
	ResponseEntity<EvaluationResponse> assess(@PathVariable String tenant, @PathVariable UUID measureId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody Assessment body) {
		Massnahme m = evaluation.assess(measureId, Versions.fromIfMatch(ifMatch), body.assessment());
		return Etags.ok(m.getVersion(), response(m));
	}

	@PostMapping("/measures/{measureId}/evaluation/values")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Add target and actual value for a period", description = "Period: 2025, 2025-Q3, 2025-H1 or 2025-07; one per period (409 otherwise)")
	ResponseEntity<EvaluationValueResponse> addValue(@PathVariable String tenant, @PathVariable UUID measureId,
			@Valid @RequestBody EvaluationValueData data) {
		EvaluationValue v = evaluation.addValue(measureId, data);
		return Etags.created("/api/v1/tenants/" + tenant + "/evaluation-values/" + v.getId(), v.getVersion(),
				EvaluationValueResponse.of(v));
	}

	@GetMapping("/evaluation-values/{id}")
	@Operation(summary = "One evaluation value, with its version as ETag")
	ResponseEntity<EvaluationValueResponse> value(@PathVariable String tenant, @PathVariable UUID id) {
		EvaluationValue v = evaluation.value(id);
		return Etags.ok(v.getVersion(), EvaluationValueResponse.of(v));
	}

	@PutMapping("/evaluation-values/{id}")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Change an evaluation value", description = "Requires If-Match with the ETag last read")
	ResponseEntity<EvaluationValueResponse> updateValue(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody EvaluationValueData data) {
		EvaluationValue v = evaluation.updateValue(id, Versions.fromIfMatch(ifMatch), data);
		return Etags.ok(v.getVersion(), EvaluationValueResponse.of(v));
	}

	@DeleteMapping("/evaluation-values/{id}")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Delete an evaluation value", description = "Requires If-Match")
	ResponseEntity<Void> deleteValue(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		evaluation.deleteValue(id, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}

	private EvaluationResponse response(Massnahme m) {
		return new EvaluationResponse(m.getId(), m.getAssessment(), m.getVersion(),
				evaluation.values(m.getId()).stream().map(EvaluationValueResponse::of).toList());
	}
}
