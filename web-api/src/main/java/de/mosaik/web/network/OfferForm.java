package de.mosaik.web.network;

import java.util.ArrayList;
import java.util.List;

import de.mosaik.core.network.Offer;
import de.mosaik.core.network.OfferData;

/** The offer form as entered: target groups and languages comma-separated, places chosen; checked as {@link OfferData}. */
class OfferForm {

	private String topic;

	private String description;

	private String targetGroups;

	private String languages;

	private List<String> area = new ArrayList<>();

	private Long version;

	static OfferForm of(Offer f) {
		OfferForm form = new OfferForm();
		form.topic = f.getTopic();
		form.description = f.getDescription();
		form.targetGroups = String.join(", ", f.getTargetGroups());
		form.languages = String.join(", ", f.getLanguages());
		form.area = new ArrayList<>(f.getArea());
		form.version = f.getVersion();
		return form;
	}

	OfferData data() {
		return new OfferData(topic == null ? "" : topic, description, ContactForm.list(targetGroups),
				ContactForm.list(languages), area == null ? List.of() : area);
	}

	public String getTopic() {
		return topic;
	}

	public void setTopic(String topic) {
		this.topic = topic;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getTargetGroups() {
		return targetGroups;
	}

	public void setTargetGroups(String targetGroups) {
		this.targetGroups = targetGroups;
	}

	public String getLanguages() {
		return languages;
	}

	public void setLanguages(String languages) {
		this.languages = languages;
	}

	public List<String> getArea() {
		return area;
	}

	public void setArea(List<String> area) {
		this.area = area;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
