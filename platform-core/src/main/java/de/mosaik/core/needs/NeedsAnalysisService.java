package de.mosaik.core.needs;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.NotFoundException;
import de.mosaik.core.shared.StaleVersionException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The needs analyses of the council: a group may not count more participants than the analysis in total. */
@Service
public class NeedsAnalysisService {

	private final NeedsAnalyses analyses;

	private final Clock clock;

	NeedsAnalysisService(NeedsAnalyses analyses, Clock clock) {
		this.analyses = analyses;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<NeedsAnalysis> list(NeedsMethod method, String search, Pageable pageable) {
		return analyses.find(method, search == null ? "" : search.strip(), pageable);
	}

	@Transactional(readOnly = true)
	public NeedsAnalysis get(UUID id) {
		return analyses.findById(id).orElseThrow(() -> new NotFoundException("needsAnalysis", id));
	}

	@Transactional
	public NeedsAnalysis create(NeedsAnalysisData data) {
		check(data);
		return analyses.save(new NeedsAnalysis(data, now()));
	}

	@Transactional
	public NeedsAnalysis update(UUID id, long expectedVersion, NeedsAnalysisData data) {
		NeedsAnalysis analysis = get(id);
		version(analysis, expectedVersion);
		check(data);
		analysis.apply(data, now());
		return analyses.saveAndFlush(analysis);
	}

	/** Its findings and their links go with it. */
	@Transactional
	public void delete(UUID id, long expectedVersion) {
		NeedsAnalysis analysis = get(id);
		version(analysis, expectedVersion);
		analyses.delete(analysis);
	}

	private static void check(NeedsAnalysisData data) {
		if (data.participantsTotal() == null) {
			return;
		}
		for (int i = 0; i < data.groupsOrEmpty().size(); i++) {
			Integer n = data.groupsOrEmpty().get(i).participants();
			if (n != null && n > data.participantsTotal()) {
				throw new InvalidInputException("groups[" + i + "].participants", "needs.group.moreThanTotal");
			}
		}
	}

	private static void version(NeedsAnalysis analysis, long expected) {
		if (analysis.getVersion() != expected) {
			throw new StaleVersionException("needsAnalysis", analysis.getId());
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}
}
