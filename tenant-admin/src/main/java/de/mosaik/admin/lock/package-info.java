/** Locks across all running instances, for work that only one of them may do at a time. */
package de.mosaik.admin.lock;
