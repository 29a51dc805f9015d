package de.mosaik.core.concept;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import de.mosaik.core.shared.DuplicateException;
import de.mosaik.core.shared.InUseException;
import de.mosaik.core.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the tenant's list of fields of action: names are unique regardless of case. */
@Service
public class FieldOfActionService {

	private final FieldsOfAction fields;

	private final Goals goals;

	private final Clock clock;

	FieldOfActionService(FieldsOfAction fields, Goals goals, Clock clock) {
		this.fields = fields;
		this.goals = goals;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<FieldOfAction> list(String search, Pageable pageable) {
		String text = Checks.search(search);
		return text == null ? fields.findAll(pageable) : fields.search(text, pageable);
	}

	/** All of them in their order, for choices and the concept's overview. */
	@Transactional(readOnly = true)
	public List<FieldOfAction> all() {
		return fields.findAll(Sort.by("position", "name", "id"));
	}

	@Transactional(readOnly = true)
	public FieldOfAction get(UUID id) {
		return fields.findById(id).orElseThrow(() -> new NotFoundException("fieldOfAction", id));
	}

	@Transactional
	public FieldOfAction create(FieldOfActionData data) {
		if (fields.existsByNameIgnoreCase(data.name().strip())) {
			throw new DuplicateException("name", "fieldOfAction.name.duplicate");
		}
		return fields.save(new FieldOfAction(data, OffsetDateTime.now(clock)));
	}

	@Transactional
	public FieldOfAction update(UUID id, long expectedVersion, FieldOfActionData data) {
		FieldOfAction field = get(id);
		Checks.version(field.getVersion(), expectedVersion, "fieldOfAction", id);
		if (fields.existsByNameIgnoreCaseAndIdNot(data.name().strip(), id)) {
			throw new DuplicateException("name", "fieldOfAction.name.duplicate");
		}
		field.apply(data, OffsetDateTime.now(clock));
		return fields.saveAndFlush(field);
	}

	/** Only a field of action that no goal names can go. */
	@Transactional
	public void delete(UUID id, long expectedVersion) {
		FieldOfAction field = get(id);
		Checks.version(field.getVersion(), expectedVersion, "fieldOfAction", id);
		if (goals.existsByFieldOfActionId(id)) {
			throw new InUseException("fieldOfAction", id, "fieldOfAction.inUse");
		}
		fields.delete(field);
	}
}
