package de.mosaik.web.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import de.mosaik.core.concept.StatusReport;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the status report: the standalone document {@code report/status} as HTML, and that same HTML
 * as PDF. The report is a German document for the council, whatever language the pages are in. The PDF
 * embeds DejaVu Sans (shipped with its licence) so that umlauts and the euro sign come out on any
 * machine, and loads nothing from outside.
 */
@Component
class ReportRenderer {

	static final Locale GERMAN = Locale.GERMAN;

	private static final String FONT = "DejaVu Sans";

	private final ITemplateEngine templates;

	ReportRenderer(ITemplateEngine templates) {
		this.templates = templates;
		XRLog.setLoggerImpl(new PdfLog());
	}

	String html(StatusReport report, String council) {
		Context context = new Context(GERMAN, Map.of("report", report, "council", council));
		return templates.process("report/status", context);
	}

	byte[] pdf(StatusReport report, String council) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			new PdfRendererBuilder().useFastMode()
				.withHtmlContent(html(report, council), null)
				.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true)
				.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true)
				.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
				.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
				.withProducer("Mosaik")
				.toStream(out)
				.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static java.io.InputStream font(String file) {
		return ReportRenderer.class.getResourceAsStream("/fonts/" + file);
	}
}
