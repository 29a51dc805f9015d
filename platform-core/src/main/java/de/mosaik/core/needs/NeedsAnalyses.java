package de.mosaik.core.needs;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The needs analyses of the current tenant. */
public interface NeedsAnalyses extends JpaRepository<NeedsAnalysis, UUID> {

	/** By method (if given) and a text in the title, the summary or a finding. */
	@Query("select a from NeedsAnalysis a where (:method is null or a.method = :method) "
			+ "and (lower(a.title) like lower(concat('%', :text, '%')) "
			+ "or lower(coalesce(a.summary, '')) like lower(concat('%', :text, '%')) "
			+ "or exists (select 1 from Finding f where f.analysisId = a.id and lower(f.text) like lower(concat('%', :text, '%'))))")
	Page<NeedsAnalysis> find(NeedsMethod method, String text, Pageable pageable);
}
