package de.mosaik.web;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module structure of DESIGN.md, checked on the compiled classes: platform-core depends on no other
 * module, tenant-admin only on platform-core, infra not on the web; features have no cycles between
 * them. (Maven already refuses cycles between the modules themselves.)
 */
class ModuleStructureTest {

	static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("de.mosaik");

	@Test
	void platformCoreDependsOnNoOtherModule() {
		ArchRule rule = noClasses().that()
			.resideInAPackage("de.mosaik.core..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("de.mosaik.admin..", "de.mosaik.infra..", "de.mosaik.web..");
		rule.check(CLASSES);
	}

	@Test
	void tenantAdminDependsOnlyOnPlatformCore() {
		noClasses().that()
			.resideInAPackage("de.mosaik.admin..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("de.mosaik.infra..", "de.mosaik.web..")
			.check(CLASSES);
	}

	@Test
	void infraKnowsNothingOfTheWeb() {
		noClasses().that().resideInAPackage("de.mosaik.infra..").should().dependOnClassesThat().resideInAPackage("de.mosaik.web..").check(CLASSES);
	}

	@Test
	void featuresHaveNoCycles() {
		slices().matching("de.mosaik.(*).(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void featuresOfTheDomainDoNotReachIntoEachOther() {
		// a domain feature may use the shared kernel (tenancy, shared) but no other feature
		slices().matching("de.mosaik.core.(*)..")
			.should()
			.notDependOnEachOther()
			.ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
					com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage("de.mosaik.core.tenancy..",
							"de.mosaik.core.shared.."))
			.check(CLASSES);
	}
}
