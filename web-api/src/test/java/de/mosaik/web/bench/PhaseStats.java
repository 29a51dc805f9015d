package de.mosaik.web.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * What one phase of the soak saw, in constant memory however long it runs: responses by status (a
 * transport failure counts as status 0), 503s without {@code Retry-After}, and latency measured from
 * the moment the request was due (not when it was sent, so that a stalled server cannot hide its
 * queue), in milliseconds up to a minute.
 */
final class PhaseStats {

	private static final int MAX_MS = 60_000;

	final String name;

	private final Map<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();

	private final AtomicLongArray latencyMs = new AtomicLongArray(MAX_MS + 1);

	private final LongAdder unavailableWithoutRetryAfter = new LongAdder();

	private final long startedNanos = System.nanoTime();

	private volatile long endedNanos;

	PhaseStats(String name) {
		this.name = name;
	}

	void record(int status, boolean retryAfter, long latencyNanos) {
		byStatus.computeIfAbsent(status, s -> new LongAdder()).increment();
		if (status == 503 && !retryAfter) {
			unavailableWithoutRetryAfter.increment();
		}
		latencyMs.incrementAndGet((int) Math.min(MAX_MS, latencyNanos / 1_000_000));
	}

	void end() {
		endedNanos = System.nanoTime();
	}

	long count() {
		return byStatus.values().stream().mapToLong(LongAdder::sum).sum();
	}

	long count(int status) {
		LongAdder adder = byStatus.get(status);
		return adder == null ? 0 : adder.sum();
	}

	long serverErrors() {
		return byStatus.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(e -> e.getValue().sum()).sum();
	}

	/** 5xx other than the 503 that says "come back later". */
	long failures() {
		return serverErrors() - count(503);
	}

	long notOk() {
		return byStatus.entrySet()
			.stream()
			.filter(e -> e.getKey() < 200 || e.getKey() >= 300)
			.mapToLong(e -> e.getValue().sum())
			.sum();
	}

	long unavailableWithoutRetryAfter() {
		return unavailableWithoutRetryAfter.sum();
	}

	double seconds() {
		long end = endedNanos == 0 ? System.nanoTime() : endedNanos;
		return (end - startedNanos) / 1e9;
	}

	double throughput() {
		return count() / seconds();
	}

	/** The latency below which the given share of responses came, in ms. */
	long percentile(double share) {
		long total = 0;
		for (int i = 0; i <= MAX_MS; i++) {
			total += latencyMs.get(i);
		}
		long wanted = (long) Math.ceil(share * total);
		long seen = 0;
		for (int i = 0; i <= MAX_MS; i++) {
			seen += latencyMs.get(i);
			if (seen >= wanted && seen > 0) {
				return i;
			}
		}
		return 0;
	}

	String statuses() {
		Map<Integer, Long> sorted = new TreeMap<>();
		byStatus.forEach((status, n) -> sorted.put(status, n.sum()));
		return sorted.toString();
	}
}
