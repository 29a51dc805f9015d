package de.mosaik.web.ui;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class LayoutModelTest {

	@Test
	void theLanguageLinksKeepThePageTheyAreOn() {
		assertThat(LayoutModel.path(new MockHttpServletRequest("GET", "/app/03159016/departments")))
			.isEqualTo("/app/03159016/departments");
	}

	@Test
	void onAnErrorPageTheyPointToThePageAskedFor() {
		MockHttpServletRequest error = new MockHttpServletRequest("GET", "/error");
		error.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/app/03159017");
		assertThat(LayoutModel.path(error)).isEqualTo("/app/03159017");
	}

	@Test
	void theyNeverLeadToAnotherSite() {
		for (String crafted : new String[] { "//elsewhere.example/x", "/\\elsewhere.example", "/a\"onclick=x" }) {
			MockHttpServletRequest error = new MockHttpServletRequest("GET", "/error");
			error.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, crafted);
			assertThat(LayoutModel.path(error)).as(crafted).isEqualTo("/");
		}
	}
}
