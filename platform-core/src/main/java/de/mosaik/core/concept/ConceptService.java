package de.mosaik.core.concept;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import de.mosaik.core.shared.InUseException;
import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of the integration concept and their way from draft to adoption: adopting needs the
 * date and reference of the council resolution and supersedes the version adopted before.
 */
@Service
public class ConceptService {

	private final Concepts concepts;

	private final Goals goals;

	private final Clock clock;

	ConceptService(Concepts concepts, Goals goals, Clock clock) {
		this.concepts = concepts;
		this.goals = goals;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<Concept> list(String search, Pageable pageable) {
		String text = Checks.search(search);
		return text == null ? concepts.findAll(pageable) : concepts.search(text, pageable);
	}

	@Transactional(readOnly = true)
	public Concept get(UUID id) {
		return concepts.findById(id).orElseThrow(() -> new NotFoundException("concept", id));
	}

	/** The version in force, if the council adopted one. */
	@Transactional(readOnly = true)
	public Optional<Concept> adopted() {
		return concepts.findByStatus(ConceptStatus.ADOPTED);
	}

	/** A new version starts as a draft with the next edition number. */
	@Transactional
	public Concept create(ConceptData data) {
		return concepts.save(new Concept(concepts.lastEdition() + 1, data, now()));
	}

	@Transactional
	public Concept update(UUID id, long expectedVersion, ConceptData data) {
		Concept concept = get(id);
		Checks.version(concept.getVersion(), expectedVersion, "concept", id);
		concept.apply(data, now());
		return concepts.saveAndFlush(concept);
	}

	@Transactional
	public Concept changeStatus(UUID id, long expectedVersion, StatusChange change) {
		Concept concept = get(id);
		Checks.version(concept.getVersion(), expectedVersion, "concept", id);
		if (!concept.getStatus().mayChangeTo(change.status())) {
			throw new InvalidInputException("status", "concept.status.transition");
		}
		if (change.status() == ConceptStatus.ADOPTED) {
			if (change.resolutionDate() == null) {
				throw new InvalidInputException("resolutionDate", "concept.resolutionDate.required");
			}
			if (change.resolutionReference() == null || change.resolutionReference().isBlank()) {
				throw new InvalidInputException("resolutionReference", "concept.resolutionReference.required");
			}
			concepts.findByStatus(ConceptStatus.ADOPTED).ifPresent(previous -> {
				previous.supersede(now());
				concepts.saveAndFlush(previous);
			});
		}
		concept.moveTo(change, now());
		return concepts.saveAndFlush(concept);
	}

	/** Drafts and concepts in consultation without goals can go; adopted ones are the record of a resolution. */
	@Transactional
	public void delete(UUID id, long expectedVersion) {
		Concept concept = get(id);
		Checks.version(concept.getVersion(), expectedVersion, "concept", id);
		if (concept.getStatus() == ConceptStatus.ADOPTED || concept.getStatus() == ConceptStatus.SUPERSEDED) {
			throw new InUseException("concept", id, "concept.delete.adopted");
		}
		if (goals.existsByConceptId(id)) {
			throw new InUseException("concept", id, "concept.delete.hasGoals");
		}
		concepts.delete(concept);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}
}
