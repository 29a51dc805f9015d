package de.mosaik.core.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

/**
 * Which values to list; every part is optional.
 *
 * @param area only this area (the tenant's own key, or a district of the comparison)
 * @param importId only the values of this import
 */
public record ValueFilter(UUID indicatorId, PeriodType periodType, ValueSource source, String area, UUID importId) {

	public static ValueFilter all() {
		return new ValueFilter(null, null, null, null, null);
	}

	Specification<IndicatorValue> specification() {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (indicatorId != null) {
				where.add(cb.equal(root.get("indicatorId"), indicatorId));
			}
			if (periodType != null) {
				where.add(cb.equal(root.get("periodType"), periodType));
			}
			if (source != null) {
				where.add(cb.equal(root.get("source"), source));
			}
			if (area != null && !area.isBlank()) {
				where.add(cb.equal(root.get("area"), area.strip()));
			}
			if (importId != null) {
				where.add(cb.equal(root.get("importId"), importId));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}
}
