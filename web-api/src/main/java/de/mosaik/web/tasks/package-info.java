/** Tasks (Aufgaben): REST API and pages, "my tasks" and the tasks of a measure. */
package de.mosaik.web.tasks;
