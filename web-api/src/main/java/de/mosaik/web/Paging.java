package de.mosaik.web;

import java.util.Set;

import de.mosaik.web.problem.InvalidParameter;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Checks paging and sorting parameters, so that a wrong one is a 400 that names it. */
public final class Paging {

	public static final int MAX_SIZE = 200;

	private Paging() {
	}

	/**
	 * @param sort {@code property} or {@code property,asc|desc}
	 * @param sortable the properties the list may be sorted by
	 */
	public static Pageable of(int page, int size, String sort, Set<String> sortable, Sort defaultSort) {
		if (page < 0) {
			throw new InvalidParameter("page", "problem.page.negative", String.valueOf(page));
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidParameter("size", "problem.size.range", String.valueOf(size));
		}
		return PageRequest.of(page, size, sort(sort, sortable, defaultSort));
	}

	static Sort sort(String sort, Set<String> sortable, Sort defaultSort) {
		if (sort == null || sort.isBlank()) {
			return defaultSort;
		}
		String[] parts = sort.split(",");
		String property = parts[0].strip();
		if (!sortable.contains(property) || parts.length > 2) {
			throw new InvalidParameter("sort", "problem.sort.unknown", sort);
		}
		Sort.Direction direction = Sort.Direction.ASC;
		if (parts.length == 2) {
			direction = Sort.Direction.fromOptionalString(parts[1].strip())
				.orElseThrow(() -> new InvalidParameter("sort", "problem.sort.unknown", sort));
		}
		return Sort.by(direction, property).and(defaultSort);
	}
}
