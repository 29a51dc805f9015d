package de.mosaik.web.ui;

import java.util.Set;

import org.springframework.data.domain.Sort;

/**
 * The sort order of a list page from its {@code sort} parameter ({@code property} or
 * {@code property,desc}). Pages are forgiving: an unknown property falls back to the default.
 *
 * @param property what the list is sorted by
 * @param descending whether it is sorted downwards
 */
public record Sorting(String property, boolean descending) {

	public static Sorting parse(String sort, Set<String> sortable, String defaultProperty) {
		if (sort == null || sort.isBlank()) {
			return new Sorting(defaultProperty, false);
		}
		String[] parts = sort.split(",");
		String property = parts[0].strip();
		if (!sortable.contains(property)) {
			return new Sorting(defaultProperty, false);
		}
		return new Sorting(property, parts.length > 1 && "desc".equalsIgnoreCase(parts[1].strip()));
	}

	/** The order for the query, with a tie-breaker so that paging is stable. */
	public Sort sort(String tieBreaker) {
		Sort primary = Sort.by(descending ? Sort.Direction.DESC : Sort.Direction.ASC, property);
		return property.equals(tieBreaker) ? primary : primary.and(Sort.by(tieBreaker));
	}

	/** This order as the request parameter. */
	public String param() {
		return descending ? property + ",desc" : property;
	}

	/** The parameter of the column header's link: ascending, or the other way round if already sorted by it. */
	public String toggle(String column) {
		return column.equals(property) && !descending ? column + ",desc" : column;
	}

	/** The {@code aria-sort} value of a column header, null for columns the list is not sorted by. */
	public String ariaSort(String column) {
		if (!column.equals(property)) {
			return null;
		}
		return descending ? "descending" : "ascending";
	}

	/** Whether the list is sorted by this column. */
	public boolean by(String column) {
		return column.equals(property);
	}
}
