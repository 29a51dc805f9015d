package de.mosaik.core.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.mosaik.core.shared.DuplicateException;
import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.NotFoundException;
import de.mosaik.core.tenancy.TenantKey;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county coordinator's side of proposals: the open proposals of all member municipalities, read
 * through each member's {@code county_network_proposal} view (the county's role may read nothing else
 * there), and the decisions, kept in the county's own schema. Accepting makes or changes the shared
 * entry in the county's directory in the same transaction as the decision.
 */
@Service
public class DecisionService {

	private static final String PROPOSAL_COLUMNS = "id, kind, target_id, type_code, name, description, street, "
			+ "postal_code, city, email, phone, website, comment, created_at";

	private final Decisions decisions;

	private final OrganisationService organisations;

	private final CountyLink link;

	private final TenantSql sql;

	private final Clock clock;

	DecisionService(Decisions decisions, OrganisationService organisations, CountyLink link, TenantSql sql, Clock clock) {
		this.decisions = decisions;
		this.organisations = organisations;
		this.link = link;
		this.sql = sql;
		this.clock = clock;
	}

	/** The member municipalities whose proposals this county may read (on Mosaik, granted to the county). */
	@Transactional(readOnly = true)
	public List<String> members() {
		if (!link.isCounty()) {
			return List.of();
		}
		String county = link.tenant().value();
		return sql.list("select n.nspname from pg_namespace n join pg_class c on c.relnamespace = n.oid "
				+ "and c.relname = 'county_network_proposal' where n.nspname like ? "
				+ "and has_schema_privilege(n.oid, 'USAGE') and has_table_privilege(c.oid, 'SELECT') order by 1",
				List.of("t\\_" + county + "___"), rs -> rs.getString(1).substring(2));
	}

	/** Proposals no decision was made on yet, oldest first. */
	@Transactional(readOnly = true)
	public Page<MemberProposal> open(Pageable pageable) {
		List<String> members = members();
		if (members.isEmpty()) {
			return Page.empty(pageable);
		}
		List<String> parts = new ArrayList<>();
		for (String member : members) {
			parts.add("select '" + new TenantKey(member).value() + "'::text as member_key, " + PROPOSAL_COLUMNS + " from "
					+ CountyLink.view(new TenantKey(member), "county_network_proposal"));
		}
		String open = "select * from (" + String.join(" union all ", parts) + ") p where not exists (select 1 from "
				+ "network_decision d where d.member_key = p.member_key and d.proposal_id = p.id)";
		long total = sql.count("select count(*) from (" + open + ") x", List.of());
		List<MemberProposal> content = sql.list(open + " order by p.created_at, p.member_key, p.id limit ? offset ?",
				List.of(pageable.getPageSize(), pageable.getOffset()), DecisionService::proposal);
		return new PageImpl<>(content, pageable, total);
	}

	/** The decisions made, latest first. */
	@Transactional(readOnly = true)
	public Page<Decision> decided(Pageable pageable) {
		requireCounty();
		return decisions.findAll(pageable);
	}

	/** One member's proposal, decided or not. */
	@Transactional(readOnly = true)
	public MemberProposal proposal(String memberKey, UUID id) {
		if (!members().contains(memberKey)) {
			throw new NotFoundException("proposal", id);
		}
		return sql.one("select '" + memberKey + "'::text as member_key, " + PROPOSAL_COLUMNS + " from "
				+ CountyLink.view(new TenantKey(memberKey), "county_network_proposal") + " where id = ?", List.of(id),
				DecisionService::proposal)
			.orElseThrow(() -> new NotFoundException("proposal", id));
	}

	@Transactional(readOnly = true)
	public Optional<Decision> decisionOn(String memberKey, UUID id) {
		requireCounty();
		return decisions.findByMemberKeyAndProposalId(memberKey, id);
	}

	/** Takes the proposal into the shared directory: a new shared organisation, or the change to one. */
	@Transactional
	public Decision accept(String memberKey, UUID id) {
		MemberProposal proposal = undecided(memberKey, id);
		OrganisationData data = proposal.organisation().withShared(true);
		Organisation organisation;
		if (proposal.kind() == ProposalKind.CHANGE) {
			Organisation target = organisations.findShared(proposal.targetId())
				.orElseThrow(() -> new InvalidInputException("targetId", "decision.target.gone"));
			organisation = organisations.update(target.getId(), target.getVersion(), data);
		}
		else {
			organisation = organisations.create(data);
		}
		return record(new Decision(proposal, ProposalOutcome.ACCEPTED, null, organisation.getId(),
				OffsetDateTime.now(clock)));
	}

	/** Declines with a reason, which the proposing municipality reads. */
	@Transactional
	public Decision decline(String memberKey, UUID id, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "decision.reason.required");
		}
		if (reason.strip().length() > 2000) {
			throw new InvalidInputException("reason", "decision.reason.size");
		}
		MemberProposal proposal = undecided(memberKey, id);
		return record(new Decision(proposal, ProposalOutcome.DECLINED, reason, null, OffsetDateTime.now(clock)));
	}

	/** Two coordinators deciding the same proposal at once: the unique index lets one through. */
	private Decision record(Decision decision) {
		try {
			return decisions.saveAndFlush(decision);
		}
		catch (DataIntegrityViolationException ex) {
			throw new DuplicateException("id", "decision.already");
		}
	}

	private MemberProposal undecided(String memberKey, UUID id) {
		MemberProposal proposal = proposal(memberKey, id);
		if (decisions.findByMemberKeyAndProposalId(memberKey, id).isPresent()) {
			throw new DuplicateException("id", "decision.already");
		}
		return proposal;
	}

	private void requireCounty() {
		if (!link.isCounty()) {
			throw new NotFoundException("decision", null);
		}
	}

	private static MemberProposal proposal(ResultSet rs) throws SQLException {
		OrganisationData organisation = new OrganisationData(rs.getString("name"), rs.getString("type_code"),
				rs.getString("description"), rs.getString("street"), rs.getString("postal_code"), rs.getString("city"),
				rs.getString("email"), rs.getString("phone"), rs.getString("website"), null);
		return new MemberProposal(rs.getString("member_key"), TenantSql.uuid(rs, "id"),
				ProposalKind.valueOf(rs.getString("kind")), TenantSql.uuid(rs, "target_id"), organisation,
				rs.getString("comment"), TenantSql.time(rs, "created_at"));
	}
}
