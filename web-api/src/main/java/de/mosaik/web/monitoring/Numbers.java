package de.mosaik.web.monitoring;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** Numbers as the pages show them: grouped, at most two decimals, in the page's language. */
@Component("monitoringNumbers")
class Numbers {

	public String format(BigDecimal value, Locale locale) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(2);
		format.setMinimumFractionDigits(0);
		return format.format(value);
	}
}
