package de.mosaik.infra.outage;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the last attempt found of a dependency (the database, Redis): while it is away, callers skip it
 * at once instead of each waiting for its timeout, which under load piles up request threads and
 * queues every request behind them. One caller per interval still tries; the first success ends the
 * outage for all.
 */
public final class Outage {

	private final long probeEveryNanos;

	private final AtomicLong nextProbe = new AtomicLong();

	private volatile boolean away;

	public Outage(Duration probeEvery) {
		this.probeEveryNanos = probeEvery.toNanos();
	}

	/** Whether to use the dependency now: always while it works; while it is away, one caller per interval. */
	public boolean tryNow() {
		if (!away) {
			return true;
		}
		long now = System.nanoTime();
		long next = nextProbe.get();
		return now - next >= 0 && nextProbe.compareAndSet(next, now + probeEveryNanos);
	}

	public void worked() {
		away = false;
	}

	/** The dependency could not be reached; returns whether this failure began the outage. */
	public boolean failed() {
		if (away) {
			return false;
		}
		nextProbe.set(System.nanoTime() + probeEveryNanos);
		away = true;
		return true;
	}

	public boolean isAway() {
		return away;
	}
}
