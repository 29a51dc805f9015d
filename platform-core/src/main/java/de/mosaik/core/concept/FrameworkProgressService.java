package de.mosaik.core.concept;

import java.util.List;
import java.util.Map;

import de.mosaik.core.shared.NotFoundException;
import de.mosaik.core.tenancy.CurrentTenant;
import de.mosaik.core.tenancy.TenantKey;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a county learns of its members' work with its framework: for every member that uses Mosaik, its
 * latest adoption and, per goal of the county, the goals it took over and their measures by status. Read
 * through the {@code county_framework_*} views the members grant to the county's role, never from their
 * tables; there is no text of a member in it.
 */
@Service
public class FrameworkProgressService {

	private final FrameworkViews views;

	private final CurrentTenant tenant;

	FrameworkProgressService(FrameworkViews views, CurrentTenant tenant) {
		this.views = views;
		this.tenant = tenant;
	}

	/** Every member whose views the county may read, by key. */
	@Transactional(readOnly = true)
	public List<MemberProgress> members() {
		TenantKey county = tenant.require();
		if (county.value().length() != 5) {
			throw new NotFoundException("framework", county);
		}
		List<TenantKey> members = views.readableMembers(county);
		Map<String, MemberAdoption> adoptions = views.adoptions(members);
		Map<String, List<GoalProgress>> progress = views.progress(members);
		return members.stream()
			.map(m -> new MemberProgress(m.value(), adoptions.get(m.value()), progress.getOrDefault(m.value(), List.of())))
			.toList();
	}
}
