package com.complaintbook.kit.test;

import com.complaintbook.contracts.commands.ComplaintCommandType;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The contract types a service's production code names in one package, read from its bytecode: the
 * producer's own account of what it can send. A producer's contract test holds it against the types
 * it checked with {@link ContractSchemas}, so that a type a producer starts to send fails the build
 * until every record of it is checked too.
 *
 * <pre>{@code
 * assertThat(checked).containsAll(ContractTypesNamed.commandTypes("com.complaintbook.routing.adapters.out.kafka"));
 * }</pre>
 *
 * It sees a type named by its constant ({@code ComplaintCommandType.ASSIGN}), which is how the
 * conventions say producers name it; a logical name spelt out as a string is invisible to it.
 */
public final class ContractTypesNamed {

    private ContractTypesNamed() {
    }

    /** The event types the production classes in {@code packageName} (and below) name. */
    public static Set<ComplaintEventType> eventTypes(String packageName) {
        return named(packageName, ComplaintEventType.class);
    }

    /** The command types the production classes in {@code packageName} (and below) name. */
    public static Set<ComplaintCommandType> commandTypes(String packageName) {
        return named(packageName, ComplaintCommandType.class);
    }

    private static <E extends Enum<E>> Set<E> named(String packageName, Class<E> types) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(packageName);
        Set<E> named = EnumSet.noneOf(types);
        classes.forEach(javaClass -> javaClass.getFieldAccessesFromSelf().stream()
                .map(JavaFieldAccess::getTarget)
                .filter(field -> field.getOwner().isEquivalentTo(types))
                .forEach(field -> Arrays.stream(types.getEnumConstants())
                        .filter(constant -> constant.name().equals(field.getName()))
                        .forEach(named::add)));
        return named;
    }
}
