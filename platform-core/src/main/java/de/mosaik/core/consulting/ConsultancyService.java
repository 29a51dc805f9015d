package de.mosaik.core.consulting;

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

/** The council's consultancies: a period that ends no earlier than it starts, a concept version of this council. */
@Service
public class ConsultancyService {

	private final Consultancies consultancies;

	private final Clock clock;

	ConsultancyService(Consultancies consultancies, Clock clock) {
		this.consultancies = consultancies;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<Consultancy> list(UUID conceptId, String search, Pageable pageable) {
		return consultancies.find(conceptId, search == null ? "" : search.strip(), pageable);
	}

	@Transactional(readOnly = true)
	public Consultancy get(UUID id) {
		return consultancies.findById(id).orElseThrow(() -> new NotFoundException("consultancy", id));
	}

	@Transactional
	public Consultancy create(ConsultancyData data) {
		check(data);
		return consultancies.save(new Consultancy(data, OffsetDateTime.now(clock)));
	}

	@Transactional
	public Consultancy update(UUID id, long expectedVersion, ConsultancyData data) {
		Consultancy consultancy = get(id);
		version(consultancy, expectedVersion);
		check(data);
		consultancy.apply(data, OffsetDateTime.now(clock));
		return consultancies.saveAndFlush(consultancy);
	}

	@Transactional
	public void delete(UUID id, long expectedVersion) {
		Consultancy consultancy = get(id);
		version(consultancy, expectedVersion);
		consultancies.delete(consultancy);
	}

	private void check(ConsultancyData data) {
		if (data.periodTo().isBefore(data.periodFrom())) {
			throw new InvalidInputException("periodTo", "consultancy.periodTo.beforeFrom");
		}
		if (data.conceptId() != null && !consultancies.conceptExists(data.conceptId())) {
			throw new InvalidInputException("conceptId", "consultancy.conceptId.unknown");
		}
	}

	private static void version(Consultancy consultancy, long expected) {
		if (consultancy.getVersion() != expected) {
			throw new StaleVersionException("consultancy", consultancy.getId());
		}
	}
}
