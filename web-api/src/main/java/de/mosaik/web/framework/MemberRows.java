package de.mosaik.web.framework;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.mosaik.admin.register.OfficialRegister;
import de.mosaik.core.concept.FrameworkProgressService;
import de.mosaik.core.concept.GoalProgress;
import de.mosaik.core.concept.MemberAdoption;
import de.mosaik.core.concept.MemberProgress;
import de.mosaik.core.tenancy.CurrentTenant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The county's members as its framework pages and API list them: every member municipality of the
 * official register, named from there (a county request may not read the platform's tables), with
 * whether it works with Mosaik, its latest adoption and its progress.
 */
@Component
class MemberRows {

	/** Which members to list. */
	enum State {
		ALL, ADOPTED, NOT_ADOPTED, NOT_ON_MOSAIK
	}

	/**
	 * One member.
	 *
	 * @param onMosaik whether the member works with Mosaik (its views are readable for the county)
	 * @param progress the member's progress, null when not on Mosaik
	 */
	record MemberRow(String ags, String name, boolean onMosaik, MemberProgress progress) {

		public MemberAdoption adoption() {
			return progress == null ? null : progress.adoption();
		}

		public GoalProgress total() {
			return progress == null ? new GoalProgress(null, 0, 0, 0, 0, 0) : progress.total();
		}

		public boolean adopted() {
			return progress != null && progress.adopted();
		}
	}

	private final OfficialRegister register;

	private final FrameworkProgressService progress;

	private final CurrentTenant tenant;

	MemberRows(OfficialRegister register, FrameworkProgressService progress, CurrentTenant tenant) {
		this.register = register;
		this.progress = progress;
		this.tenant = tenant;
	}

	/** All members with their progress, for the county's tables. */
	List<MemberRow> all() {
		Map<String, MemberProgress> byAgs = progress.members()
			.stream()
			.collect(Collectors.toMap(MemberProgress::ags, Function.identity()));
		return register.membersOf(tenant.require().value())
			.stream()
			.map(c -> new MemberRow(c.ags(), c.name(), byAgs.containsKey(c.ags()), byAgs.get(c.ags())))
			.toList();
	}

	/** One page of them, filtered by a text in name or key and by state, sorted by name or key. */
	Page<MemberRow> page(List<MemberRow> rows, String search, State state, String sort, boolean descending,
			Pageable pageable) {
		String text = search == null ? "" : search.strip().toLowerCase(Locale.GERMAN);
		Comparator<MemberRow> order = "ags".equals(sort) ? Comparator.comparing(MemberRow::ags)
				: Comparator.comparing((MemberRow r) -> r.name().toLowerCase(Locale.GERMAN)).thenComparing(MemberRow::ags);
		List<MemberRow> matching = rows.stream()
			.filter(r -> text.isEmpty() || r.name().toLowerCase(Locale.GERMAN).contains(text) || r.ags().contains(text))
			.filter(r -> switch (state) {
				case ALL -> true;
				case ADOPTED -> r.adopted();
				case NOT_ADOPTED -> r.onMosaik() && !r.adopted();
				case NOT_ON_MOSAIK -> !r.onMosaik();
			})
			.sorted(descending ? order.reversed() : order)
			.toList();
		int from = (int) Math.min(pageable.getOffset(), matching.size());
		int to = Math.min(from + pageable.getPageSize(), matching.size());
		return new PageImpl<>(matching.subList(from, to), pageable, matching.size());
	}
}
