package de.mosaik.core.task;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.NotFoundException;
import de.mosaik.core.shared.StaleVersionException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tasks of the current tenant: listed by filter, per measure, per person, and the overdue ones. */
@Service
public class TaskService {

	/** The councils are German: a task is overdue when its day has passed there. */
	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private final Tasks tasks;

	private final Clock clock;

	TaskService(Tasks tasks, Clock clock) {
		this.tasks = tasks;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	@Transactional(readOnly = true)
	public Page<Task> list(TaskFilter filter, Pageable pageable) {
		return tasks.findAll(filter.specification(), pageable);
	}

	/** Open tasks whose due date has passed, oldest first. */
	@Transactional(readOnly = true)
	public Page<Task> overdue(int limit) {
		return list(new TaskFilter(null, null, null, null, today()),
				PageRequest.of(0, limit, Sort.by("dueDate", "title", "id")));
	}

	@Transactional(readOnly = true)
	public Task get(UUID id) {
		return tasks.findById(id).orElseThrow(() -> new NotFoundException("task", id));
	}

	@Transactional
	public Task create(TaskData data) {
		check(data);
		return tasks.save(new Task(data, now()));
	}

	@Transactional
	public Task update(UUID id, long expectedVersion, TaskData data) {
		Task task = get(id);
		if (task.getVersion() != expectedVersion) {
			throw new StaleVersionException("task", id);
		}
		check(data);
		task.apply(data, now());
		return tasks.saveAndFlush(task);
	}

	@Transactional
	public void delete(UUID id, long expectedVersion) {
		Task task = get(id);
		if (task.getVersion() != expectedVersion) {
			throw new StaleVersionException("task", id);
		}
		tasks.delete(task);
	}

	private void check(TaskData data) {
		if (data.measureId() != null && !tasks.measureExists(data.measureId())) {
			throw new InvalidInputException("measureId", "task.measureId.unknown");
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}
}
