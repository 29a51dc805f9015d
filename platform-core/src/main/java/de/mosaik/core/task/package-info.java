/** Tasks (Aufgaben): who does what by when, optionally for a measure of the concept; overdue ones stand out. */
package de.mosaik.core.task;
