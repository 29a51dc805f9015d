package de.mosaik.admin.audit;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads the platform audit log. */
@Service
public class AuditLog {

	private final AuditEntries entries;

	private final Clock clock;

	AuditLog(AuditEntries entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/** Joins the caller's transaction, so that the entry exists exactly when the audited change does. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String actor, String action, String target, String detail) {
		entries.save(new AuditEntry(OffsetDateTime.now(clock), actor, action, target,
				detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000)));
	}

	@Transactional(readOnly = true)
	public Page<AuditEntry> about(String target, Pageable pageable) {
		return entries.findByTarget(target, pageable);
	}

	@Transactional(readOnly = true)
	public Page<AuditEntry> all(Pageable pageable) {
		return entries.findAll(pageable);
	}
}
