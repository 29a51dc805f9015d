package de.mosaik.core.meeting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import de.mosaik.core.shared.DuplicateException;
import de.mosaik.core.shared.InUseException;
import de.mosaik.core.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The bodies of the current tenant: names unique regardless of case; a body with meetings stays. */
@Service
public class BodyService {

	private final Bodies bodies;

	private final Meetings meetings;

	private final Clock clock;

	BodyService(Bodies bodies, Meetings meetings, Clock clock) {
		this.bodies = bodies;
		this.meetings = meetings;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<Body> list(BodyKind kind, String search, Pageable pageable) {
		return bodies.find(kind, Checks.contains(search), pageable);
	}

	@Transactional(readOnly = true)
	public Body get(UUID id) {
		return bodies.findById(id).orElseThrow(() -> new NotFoundException("body", id));
	}

	@Transactional
	public Body create(BodyData data) {
		if (bodies.existsByNameIgnoreCase(data.name().strip())) {
			throw new DuplicateException("name", "body.name.duplicate");
		}
		return bodies.save(new Body(data, OffsetDateTime.now(clock)));
	}

	@Transactional
	public Body update(UUID id, long expectedVersion, BodyData data) {
		Body body = get(id);
		Checks.version(body.getVersion(), expectedVersion, "body", id);
		if (bodies.existsByNameIgnoreCaseAndIdNot(data.name().strip(), id)) {
			throw new DuplicateException("name", "body.name.duplicate");
		}
		body.apply(data, OffsetDateTime.now(clock));
		return bodies.saveAndFlush(body);
	}

	/** Its members and series go with it; a body that has meetings is kept, for their minutes. */
	@Transactional
	public void delete(UUID id, long expectedVersion) {
		Body body = get(id);
		Checks.version(body.getVersion(), expectedVersion, "body", id);
		if (meetings.existsByBodyId(id)) {
			throw new InUseException("body", id, "body.inUse");
		}
		bodies.delete(body);
	}
}
