package de.mosaik.admin.lock;

/** A held {@link ClusterLocks cluster lock}; {@link #close()} gives it back. */
public interface ClusterLock extends AutoCloseable {

	String name();

	/** Gives the lock back; never throws (a lost connection has given it back already). */
	@Override
	void close();
}
