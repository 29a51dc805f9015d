package de.mosaik.core.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

/**
 * Which tasks to list; every part is optional.
 *
 * @param text part of the title or owner
 * @param measureId only the tasks of this measure
 * @param owners only tasks whose owner is one of these names (any case), e.g. "my tasks"
 * @param done only done (true) or open (false) tasks
 * @param overdueOn only open tasks due before this day
 */
public record TaskFilter(String text, UUID measureId, Set<String> owners, Boolean done, LocalDate overdueOn) {

	public static TaskFilter all() {
		return new TaskFilter(null, null, null, null, null);
	}

	Specification<Task> specification() {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (text != null && !text.isBlank()) {
				String like = "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
				where.add(cb.or(cb.like(cb.lower(root.get("title")), like),
						cb.like(cb.lower(cb.coalesce(root.get("owner"), "")), like)));
			}
			if (measureId != null) {
				where.add(cb.equal(root.get("measureId"), measureId));
			}
			if (owners != null) {
				where.add(cb.lower(root.get("owner"))
					.in(owners.stream().map(o -> o.strip().toLowerCase(Locale.ROOT)).toList()));
			}
			if (done != null) {
				where.add(cb.equal(root.get("done"), done));
			}
			if (overdueOn != null) {
				where.add(cb.isFalse(root.get("done")));
				where.add(cb.lessThan(root.get("dueDate"), overdueOn));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}
}
