package de.mosaik.admin.lock;

import java.util.Optional;

/**
 * Locks that one process of all running Mosaik instances holds at a time, for work that must not run
 * twice at once: the tenant migration run, a county onboarding job. Implemented in {@code infra} with
 * PostgreSQL advisory locks on a connection of their own, so that a lock ends with its holder: a
 * crashed or killed instance leaves nothing behind.
 */
public interface ClusterLocks {

	/**
	 * Takes the lock if nobody holds it, without waiting. Two threads of the same process are two
	 * holders as well: the second is refused like another instance.
	 * @return the held lock, to be closed when the work is done; empty when another holder has it
	 */
	Optional<ClusterLock> tryAcquire(String name);

	/** Whether any instance holds the lock now (a snapshot: it may change right after). */
	boolean isHeld(String name);
}
