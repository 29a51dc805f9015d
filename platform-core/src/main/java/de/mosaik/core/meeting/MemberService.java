package de.mosaik.core.meeting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The members of a body: from a department of this council or a partner organisation; the term in order. */
@Service
public class MemberService {

	private final Members members;

	private final Bodies bodies;

	private final Clock clock;

	MemberService(Members members, Bodies bodies, Clock clock) {
		this.members = members;
		this.bodies = bodies;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<Member> list(UUID bodyId, MemberRole role, String search, Pageable pageable) {
		requireBody(bodyId);
		return members.find(bodyId, role, Checks.contains(search), pageable);
	}

	/** All members of a body, by name: for attendance lists and forms. */
	@Transactional(readOnly = true)
	public List<Member> all(UUID bodyId) {
		return members.findByBodyIdOrderByNameAscIdAsc(bodyId);
	}

	@Transactional(readOnly = true)
	public Member get(UUID id) {
		return members.findById(id).orElseThrow(() -> new NotFoundException("member", id));
	}

	@Transactional
	public Member create(UUID bodyId, MemberData data) {
		requireBody(bodyId);
		check(data);
		return members.save(new Member(bodyId, data, OffsetDateTime.now(clock)));
	}

	@Transactional
	public Member update(UUID id, long expectedVersion, MemberData data) {
		Member member = get(id);
		Checks.version(member.getVersion(), expectedVersion, "member", id);
		check(data);
		member.apply(data, OffsetDateTime.now(clock));
		return members.saveAndFlush(member);
	}

	/** Their attendance records go with them. */
	@Transactional
	public void delete(UUID id, long expectedVersion) {
		Member member = get(id);
		Checks.version(member.getVersion(), expectedVersion, "member", id);
		members.delete(member);
	}

	private void requireBody(UUID bodyId) {
		if (!bodies.existsById(bodyId)) {
			throw new NotFoundException("body", bodyId);
		}
	}

	private void check(MemberData data) {
		if (data.departmentId() != null && Checks.blankToNull(data.organisation()) != null) {
			throw new InvalidInputException("organisation", "member.organisation.withDepartment");
		}
		if (data.departmentId() != null && !members.departmentExists(data.departmentId())) {
			throw new InvalidInputException("departmentId", "member.departmentId.unknown");
		}
		if (data.termFrom() != null && data.termTo() != null && data.termTo().isBefore(data.termFrom())) {
			throw new InvalidInputException("termTo", "member.termTo.beforeFrom");
		}
	}
}
