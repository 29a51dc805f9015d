package de.mosaik.core.meeting;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

/**
 * Which meetings to list; every part is optional.
 *
 * @param text part of the title or the place
 * @param bodyId only this body's meetings
 * @param status only meetings in this status
 * @param from only meetings starting at or after this
 * @param until only meetings starting before this
 */
public record MeetingFilter(String text, UUID bodyId, MeetingStatus status, OffsetDateTime from, OffsetDateTime until) {

	Specification<Meeting> specification() {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (text != null && !text.isBlank()) {
				String like = "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
				where.add(cb.or(cb.like(cb.lower(root.get("title")), like),
						cb.like(cb.lower(cb.coalesce(root.get("location"), "")), like)));
			}
			if (bodyId != null) {
				where.add(cb.equal(root.get("bodyId"), bodyId));
			}
			if (status != null) {
				where.add(cb.equal(root.get("status"), status));
			}
			if (from != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("startsAt"), from));
			}
			if (until != null) {
				where.add(cb.lessThan(root.get("startsAt"), until));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}
}
