package de.mosaik.web.meeting;

import java.net.URI;
import java.util.Set;
import java.util.UUID;

import de.mosaik.core.meeting.Body;
import de.mosaik.core.meeting.BodyData;
import de.mosaik.core.meeting.BodyKind;
import de.mosaik.core.meeting.BodyService;
import de.mosaik.core.meeting.Member;
import de.mosaik.core.meeting.MemberData;
import de.mosaik.core.meeting.MemberRole;
import de.mosaik.core.meeting.MemberService;
import de.mosaik.web.PageResponse;
import de.mosaik.web.Paging;
import de.mosaik.web.meeting.Responses.BodyResponse;
import de.mosaik.web.meeting.Responses.MemberResponse;
import de.mosaik.web.problem.Versions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tenants/{tenant}")
@Tag(name = "Bodies", description = "Bodies (Gremien): steering committee, working groups, others, with their members")
@SecurityRequirement(name = "bearer")
@PreAuthorize(MeetingPages.READERS)
class BodiesApi {

	static final Set<String> SORTABLE = Set.of("name", "kind", "createdAt", "updatedAt");

	static final Set<String> MEMBER_SORTABLE = Set.of("name", "role", "function", "organisation", "termFrom",
			"termTo", "createdAt");

	private final BodyService bodies;

	private final MemberService members;

	BodiesApi(BodyService bodies, MemberService members) {
		this.bodies = bodies;
		this.members = members;
	}

	@GetMapping("/bodies")
	@Operation(summary = "List the bodies", description = "Paged; filter by kind, search name and description with q; sort by name (default), kind, createdAt or updatedAt")
	PageResponse<BodyResponse> list(@PathVariable String tenant, @RequestParam(required = false) BodyKind kind,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size,
			@Parameter(description = "property[,asc|desc]") @RequestParam(required = false) String sort) {
		return PageResponse.of(bodies.list(kind, q, Paging.of(page, size, sort, SORTABLE, Sort.by("name", "id"))),
				BodyResponse::of);
	}

	@PostMapping("/bodies")
	@PreAuthorize(MeetingPages.WRITERS)
	@Operation(summary = "Create a body", description = "Names are unique regardless of case (409 otherwise)")
	ResponseEntity<BodyResponse> create(@PathVariable String tenant, @Valid @RequestBody BodyData data) {
		Body b = bodies.create(data);
		return created("/api/v1/tenants/" + tenant + "/bodies/" + b.getId(), b.getVersion(), BodyResponse.of(b));
	}

	@GetMapping("/bodies/{id}")
	@Operation(summary = "One body, with its version as ETag")
	ResponseEntity<BodyResponse> get(@PathVariable String tenant, @PathVariable UUID id) {
		Body b = bodies.get(id);
		return ok(b.getVersion(), BodyResponse.of(b));
	}

	@PutMapping("/bodies/{id}")
	@PreAuthorize(MeetingPages.WRITERS)
	@Operation(summary = "Change a body", description = "Requires If-Match with the ETag last read")
	ResponseEntity<BodyResponse> update(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody BodyData data) {
		Body b = bodies.update(id, Versions.fromIfMatch(ifMatch), data);
		return ok(b.getVersion(), BodyResponse.of(b));
	}

	@DeleteMapping("/bodies/{id}")
	@PreAuthorize(MeetingPages.WRITERS)
	@Operation(summary = "Delete a body with its members and series", description = "Requires If-Match; a body that has meetings is kept (409)")
	ResponseEntity<Void> delete(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		bodies.delete(id, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/bodies/{bodyId}/members")
	@Operation(summary = "List the members of a body", description = "Paged; filter by role, search name, function and organisation with q; sort by name (default), role, function, organisation, termFrom, termTo or createdAt")
	PageResponse<MemberResponse> members(@PathVariable String tenant, @PathVariable UUID bodyId,
			@RequestParam(required = false) MemberRole role, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@Parameter(description = "property[,asc|desc]") @RequestParam(required = false) String sort) {
		return PageResponse.of(members.list(bodyId, role, q,
				Paging.of(page, size, sort, MEMBER_SORTABLE, Sort.by("name", "id"))), MemberResponse::of);
	}

	@PostMapping("/bodies/{bodyId}/members")
	@PreAuthorize(MeetingPages.WRITERS)
	@Operation(summary = "Add a member to a body", description = "From a department of this council (departmentId) or a partner organisation (organisation), not both; termTo not before termFrom")
	ResponseEntity<MemberResponse> addMember(@PathVariable String tenant, @PathVariable UUID bodyId,
			@Valid @RequestBody MemberData data) {
		Member m = members.create(bodyId, data);
		return created("/api/v1/tenants/" + tenant + "/members/" + m.getId(), m.getVersion(), MemberResponse.of(m));
	}

	@GetMapping("/members/{id}")
	@Operation(summary = "One member of a body, with its version as ETag")
	ResponseEntity<MemberResponse> member(@PathVariable String tenant, @PathVariable UUID id) {
		Member m = members.get(id);
		return ok(m.getVersion(), MemberResponse.of(m));
	}

	@PutMapping("/members/{id}")
	@PreAuthorize(MeetingPages.WRITERS)
	@Operation(summary = "Change a member", description = "Requires If-Match with the ETag last read")
	ResponseEntity<MemberResponse> updateMember(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody MemberData data) {
		Member m = members.update(id, Versions.fromIfMatch(ifMatch), data);
		return ok(m.getVersion(), MemberResponse.of(m));
	}

	@DeleteMapping("/members/{id}")
	@PreAuthorize(MeetingPages.WRITERS)
	@Operation(summary = "Remove a member from a body", description = "Requires If-Match; their attendance records go with them")
	ResponseEntity<Void> deleteMember(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		members.delete(id, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}

	static <T> ResponseEntity<T> ok(long version, T body) {
		return ResponseEntity.ok().eTag(Versions.etag(version)).body(body);
	}

	static <T> ResponseEntity<T> created(String location, long version, T body) {
		return ResponseEntity.created(URI.create(location)).eTag(Versions.etag(version)).body(body);
	}
}
