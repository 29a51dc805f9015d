package de.mosaik.web.report;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PDF renderer's messages in the application's log (with tenant and request id), not on the
 * console: its progress at debug level, its warnings as warnings.
 */
final class PdfLog implements XRLogger {

	private static final Logger log = LoggerFactory.getLogger("com.openhtmltopdf");

	@Override
	public void log(String where, Level level, String msg) {
		log(where, level, msg, null);
	}

	@Override
	public void log(String where, Level level, String msg, Throwable th) {
		if (level.intValue() >= Level.SEVERE.intValue()) {
			log.error("{}: {}", where, msg, th);
		}
		else if (level.intValue() >= Level.WARNING.intValue()) {
			log.warn("{}: {}", where, msg, th);
		}
		else {
			log.debug("{}: {}", where, msg, th);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// the level is the application's logging configuration
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		int level = diagnostic.getLevel().intValue();
		return level >= Level.WARNING.intValue() ? log.isWarnEnabled() : log.isDebugEnabled();
	}
}
