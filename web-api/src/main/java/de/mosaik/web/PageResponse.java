package de.mosaik.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/** One page of a list, with what a client needs to page through it. */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages, String sort) {

	public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
		return new PageResponse<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.getTotalPages(), page.getSort().toString());
	}
}
