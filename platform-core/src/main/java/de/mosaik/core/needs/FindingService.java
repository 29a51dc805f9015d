package de.mosaik.core.needs;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.NotFoundException;
import de.mosaik.core.shared.StaleVersionException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The findings of a needs analysis as an ordered list (places 1 to n, no gaps), each linked to goals and
 * measures of this council that exist.
 */
@Service
public class FindingService {

	private final Findings findings;

	private final NeedsAnalyses analyses;

	private final Clock clock;

	FindingService(Findings findings, NeedsAnalyses analyses, Clock clock) {
		this.findings = findings;
		this.analyses = analyses;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Finding> list(UUID analysisId) {
		requireAnalysis(analysisId);
		return findings.findByAnalysisIdOrderByPositionAscCreatedAtAsc(analysisId);
	}

	@Transactional(readOnly = true)
	public Finding get(UUID id) {
		return findings.findById(id).orElseThrow(() -> new NotFoundException("finding", id));
	}

	/** At the given place, the findings from there on moving down one; at the end without one. */
	@Transactional
	public Finding create(UUID analysisId, FindingData data) {
		requireAnalysis(analysisId);
		checkLinks(data);
		int count = (int) findings.countByAnalysisId(analysisId);
		int position = data.position() == null ? count + 1 : Math.min(data.position(), count + 1);
		UUID none = new UUID(0, 0);
		if (position <= count) {
			findings.shift(analysisId, none, position, count, 1);
		}
		return findings.save(new Finding(analysisId, position, data, now()));
	}

	@Transactional
	public Finding update(UUID id, long expectedVersion, FindingData data) {
		Finding finding = get(id);
		version(finding, expectedVersion);
		checkLinks(data);
		int from = finding.getPosition();
		int count = (int) findings.countByAnalysisId(finding.getAnalysisId());
		int to = data.position() == null ? from : Math.min(data.position(), count);
		if (to < from) {
			findings.shift(finding.getAnalysisId(), id, to, from - 1, 1);
		}
		else if (to > from) {
			findings.shift(finding.getAnalysisId(), id, from + 1, to, -1);
		}
		finding.moveTo(to, now());
		finding.apply(data, now());
		return findings.saveAndFlush(finding);
	}

	@Transactional
	public void delete(UUID id, long expectedVersion) {
		Finding finding = get(id);
		version(finding, expectedVersion);
		findings.delete(finding);
		findings.flush();
		findings.shift(finding.getAnalysisId(), id, finding.getPosition() + 1, Integer.MAX_VALUE - 1, -1);
	}

	/** The findings that justify a goal, with their analyses. */
	@Transactional(readOnly = true)
	public List<Justification> justifyingGoal(UUID goalId) {
		if (findings.existingGoals(List.of(goalId)).isEmpty()) {
			throw new NotFoundException("goal", goalId);
		}
		return justifications(findings.justifyingGoal(goalId));
	}

	/** The findings that justify a measure, with their analyses. */
	@Transactional(readOnly = true)
	public List<Justification> justifyingMeasure(UUID measureId) {
		if (findings.existingMeasures(List.of(measureId)).isEmpty()) {
			throw new NotFoundException("massnahme", measureId);
		}
		return justifications(findings.justifyingMeasure(measureId));
	}

	private List<Justification> justifications(List<Finding> found) {
		Map<UUID, NeedsAnalysis> byId = new HashMap<>();
		analyses.findAllById(found.stream().map(Finding::getAnalysisId).distinct().toList())
			.forEach(a -> byId.put(a.getId(), a));
		return found.stream().map(f -> {
			NeedsAnalysis a = byId.get(f.getAnalysisId());
			return new Justification(f.getId(), f.getPosition(), f.getText(), a.getId(), a.getTitle(), a.getMethod(),
					a.getConductedOn());
		})
			.sorted(java.util.Comparator.comparing(Justification::conductedOn)
				.reversed()
				.thenComparing(Justification::analysisTitle)
				.thenComparing(Justification::position))
			.toList();
	}

	private void checkLinks(FindingData data) {
		if (!exist(data.goalIdsOrEmpty(), findings::existingGoals)) {
			throw new InvalidInputException("goalIds", "finding.goalIds.unknown");
		}
		if (!exist(data.measureIdsOrEmpty(), findings::existingMeasures)) {
			throw new InvalidInputException("measureIds", "finding.measureIds.unknown");
		}
	}

	private static boolean exist(Collection<UUID> ids, java.util.function.Function<Collection<UUID>, List<String>> query) {
		return ids.isEmpty() || query.apply(ids).size() == ids.size();
	}

	private void requireAnalysis(UUID analysisId) {
		if (!analyses.existsById(analysisId)) {
			throw new NotFoundException("needsAnalysis", analysisId);
		}
	}

	private static void version(Finding finding, long expected) {
		if (finding.getVersion() != expected) {
			throw new StaleVersionException("finding", finding.getId());
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}
}
