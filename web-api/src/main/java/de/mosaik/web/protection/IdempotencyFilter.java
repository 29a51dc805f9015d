package de.mosaik.web.protection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import de.mosaik.infra.outage.Outage;
import de.mosaik.infra.redis.RedisKeys;
import de.mosaik.web.problem.Problems;
import de.mosaik.web.security.TenantAuthentication;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} on POST: the first request with a key claims it in Redis and its response is
 * kept for a day; a retry with the same key and the same body gets that response again (with
 * {@code Idempotent-Replayed: true}) and creates nothing; the same key with another body is refused
 * (422); a retry while the first is still running is told to wait (409, Retry-After). Keys belong to
 * one person in one tenant. Without Redis a keyed POST is refused with 503, because a retry could not
 * be recognised (while Redis is known to be away, at once: see {@link Outage}); POSTs without the
 * header are not affected.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	static final Duration KEEP = Duration.ofHours(24);

	/** A crashed first attempt blocks its key no longer than this. */
	static final Duration CLAIM = Duration.ofSeconds(60);

	static final int MAX_BODY = 1024 * 1024;

	private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

	private static final List<String> KEPT_HEADERS = List.of("Location", "ETag", "Content-Type");

	private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final StringRedisTemplate redis;

	private final RedisKeys keys;

	private final Outage redisOutage;

	public IdempotencyFilter(StringRedisTemplate redis, RedisKeys keys, Outage redisOutage) {
		this.redis = redis;
		this.keys = keys;
		this.redisOutage = redisOutage;
	}

	/** What is kept of a request under its key. */
	record Record(String state, String fingerprint, int status, Map<String, String> headers, String body) {

		static Record claimed(String fingerprint) {
			return new Record("processing", fingerprint, 0, Map.of(), null);
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String idempotencyKey = request.getHeader(HEADER);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(authentication instanceof TenantAuthentication caller)) {
			chain.doFilter(request, response);
			return;
		}
		if (!KEY.matcher(idempotencyKey).matches()) {
			Problems.write(response, 400, "validation", "Invalid input",
					"Idempotency-Key: 1 to 255 visible ASCII characters.");
			return;
		}
		byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
		if (body.length > MAX_BODY) {
			Problems.write(response, 413, "too-large", "Payload Too Large", "The body may have at most 1 MiB.");
			return;
		}
		String fingerprint = fingerprint(request, body);
		String redisKey = keys.key(caller.tenant().orElse(null), "idempotency", sha256(caller.actor()),
				sha256(idempotencyKey));
		if (!redisOutage.tryNow()) {
			unavailable(response);
			return;
		}
		try {
			Boolean claimed = redis.opsForValue()
				.setIfAbsent(redisKey, JSON.writeValueAsString(Record.claimed(fingerprint)), CLAIM);
			redisOutage.worked();
			if (!Boolean.TRUE.equals(claimed)) {
				String stored = redis.opsForValue().get(redisKey);
				if (stored == null) { // expired between the two calls: treat as in progress, the client retries
					inProgress(response);
					return;
				}
				answerFromRecord(JSON.readValue(stored, Record.class), fingerprint, response);
				return;
			}
		}
		catch (DataAccessException ex) {
			if (redisOutage.failed()) {
				log.warn("Requests with Idempotency-Key refused until Redis answers again: {}", ex.getMessage());
			}
			// a paused Redis still runs the timed-out claim when it wakes up, and the client's retry would be
			// told "in progress" for a minute; the release queued right behind the claim undoes it
			forget(redisKey);
			unavailable(response);
			return;
		}
		ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
		boolean kept = false;
		try {
			chain.doFilter(new CachedBodyRequest(request, body), captured);
			if (captured.getStatus() < 500) {
				keep(redisKey, fingerprint, captured);
				kept = true;
			}
		}
		finally {
			if (!kept) {
				forget(redisKey);
			}
			captured.copyBodyToResponse();
		}
	}

	private void answerFromRecord(Record record, String fingerprint, HttpServletResponse response) throws IOException {
		if (!record.fingerprint().equals(fingerprint)) {
			Problems.write(response, 422, "idempotency-key-reused", "Unprocessable Content",
					"Idempotency-Key: this key was used for a different request.");
			return;
		}
		if ("processing".equals(record.state())) {
			inProgress(response);
			return;
		}
		response.setStatus(record.status());
		record.headers().forEach(response::setHeader);
		response.setHeader("Idempotent-Replayed", "true");
		if (record.body() != null) {
			response.getOutputStream().write(record.body().getBytes(StandardCharsets.UTF_8));
		}
	}

	private static void unavailable(HttpServletResponse response) throws IOException {
		response.setHeader("Retry-After", "5");
		Problems.write(response, 503, "idempotency-unavailable", "Service Unavailable",
				"Requests with Idempotency-Key cannot be accepted right now; retry shortly with the same key.");
	}

	private static void inProgress(HttpServletResponse response) throws IOException {
		response.setHeader("Retry-After", "1");
		Problems.write(response, 409, "idempotency-in-progress", "Conflict",
				"A request with this Idempotency-Key is still being processed; retry shortly.");
	}

	private void keep(String redisKey, String fingerprint, ContentCachingResponseWrapper response) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (String name : KEPT_HEADERS) {
			String value = response.getHeader(name);
			if (value != null) {
				headers.put(name, value);
			}
		}
		Record done = new Record("done", fingerprint, response.getStatus(), headers,
				new String(response.getContentAsByteArray(), StandardCharsets.UTF_8));
		// the write happened and is acknowledged; without its record only a retry would not be recognised
		if (!redisOutage.tryNow()) {
			log.warn("Idempotency record not kept, Redis unavailable");
			return;
		}
		try {
			redis.opsForValue().set(redisKey, JSON.writeValueAsString(done), KEEP);
			redisOutage.worked();
		}
		catch (DataAccessException ex) {
			redisOutage.failed();
			log.warn("Idempotency record not kept, Redis unavailable: {}", ex.getMessage());
		}
	}

	private void forget(String redisKey) {
		try {
			redis.delete(redisKey);
		}
		catch (DataAccessException ex) {
			log.warn("Idempotency claim not released (expires by itself): {}", ex.getMessage());
		}
	}

	private static String fingerprint(HttpServletRequest request, byte[] body) {
		return sha256(request.getRequestURI() + "\n" + new String(body, StandardCharsets.UTF_8));
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
