package de.mosaik.core.network;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An offer as entered: languages as BCP 47 tags, area as official keys (AGS). */
public record OfferData(
		@NotBlank(message = "{offer.topic.required}") @Size(max = 200, message = "{offer.topic.size}") String topic,
		@Size(max = 2000, message = "{offer.description.size}") String description,
		@Size(max = 20, message = "{offer.targetGroups.size}") List<@Size(max = 100, message = "{offer.targetGroups.size}") String> targetGroups,
		@Size(max = 20, message = "{offer.languages.size}") List<String> languages,
		@Size(max = 200, message = "{offer.area.size}") List<String> area) {
}
