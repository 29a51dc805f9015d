package de.mosaik.web.meeting;

import java.util.Locale;
import java.util.UUID;

import de.mosaik.core.department.DepartmentService;
import de.mosaik.core.meeting.BodyService;
import de.mosaik.core.meeting.Member;
import de.mosaik.core.meeting.MemberRole;
import de.mosaik.core.meeting.MemberService;
import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.StaleVersionException;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member of a body: the form to change them, removal after asking. Members are added on the body's page. */
@Controller
@RequestMapping("/app/{tenant}")
@PreAuthorize(MeetingPages.WRITERS)
class MemberPages {

	private final MemberService members;

	private final BodyService bodies;

	private final DepartmentService departments;

	private final SmartValidator validator;

	private final MeetingPages support;

	MemberPages(MemberService members, BodyService bodies, DepartmentService departments, SmartValidator validator,
			MeetingPages support) {
		this.members = members;
		this.bodies = bodies;
		this.departments = departments;
		this.validator = validator;
		this.support = support;
	}

	@GetMapping("/members/{id}/edit")
	String editMember(@PathVariable String tenant, @PathVariable UUID id, Model model) {
		return memberForm(tenant, members.get(id), MemberForm.of(members.get(id)), model);
	}

	@PostMapping("/members/{id}/edit")
	String updateMember(@PathVariable String tenant, @PathVariable UUID id, @ModelAttribute("form") MemberForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
		Member member = members.get(id);
		validator.validate(form.data(), errors);
		if (form.getVersion() == null) {
			errors.reject("ui.concept.stale");
		}
		if (!errors.hasErrors()) {
			try {
				Member updated = members.update(id, form.getVersion(), form.data());
				redirect.addFlashAttribute("flash", support.text(locale, "ui.member.updated", updated.getName()));
				return "redirect:/app/" + tenant + "/bodies/" + member.getBodyId() + "#members";
			}
			catch (InvalidInputException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
			catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
				errors.reject("ui.concept.stale");
			}
		}
		return memberForm(tenant, member, form, model);
	}

	@GetMapping("/members/{id}/delete")
	String confirmDeleteMember(@PathVariable String tenant, @PathVariable UUID id, Model model, Locale locale) {
		return confirmMember(tenant, members.get(id), null, model, locale);
	}

	@PostMapping("/members/{id}/delete")
	String deleteMember(@PathVariable String tenant, @PathVariable UUID id, @RequestParam long version, Model model,
			RedirectAttributes redirect, Locale locale) {
		Member member = members.get(id);
		try {
			members.delete(id, version);
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			return confirmMember(tenant, member, support.text(locale, "ui.concept.stale"), model, locale);
		}
		redirect.addFlashAttribute("flash", support.text(locale, "ui.member.deleted", member.getName()));
		return "redirect:/app/" + tenant + "/bodies/" + member.getBodyId() + "#members";
	}

	private String confirmMember(String tenant, Member member, String problem, Model model, Locale locale) {
		return MeetingPages.confirmDelete(model, tenant, support.text(locale, "ui.member.delete"),
				support.text(locale, "ui.member.deleteQuestion", member.getName()),
				"/app/" + tenant + "/members/" + member.getId() + "/delete",
				"/app/" + tenant + "/bodies/" + member.getBodyId(), member.getVersion(), problem);
	}

	private String memberForm(String tenant, Member member, MemberForm form, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("member", member);
		model.addAttribute("body", bodies.get(member.getBodyId()));
		model.addAttribute("form", form);
		model.addAttribute("roles", MemberRole.values());
		model.addAttribute("departmentList", departments.list(null, PageRequest.of(0, 200, Sort.by("name", "id"))).getContent());
		return "meeting/member-form";
	}
}
