package com.complaintbook.routing.domain;

import com.complaintbook.contracts.Language;
import com.complaintbook.routing.domain.organisation.Category;
import com.complaintbook.routing.domain.organisation.Organisation;
import com.complaintbook.routing.domain.organisation.Person;
import com.complaintbook.routing.domain.organisation.Position;
import com.complaintbook.routing.domain.organisation.Region;
import com.complaintbook.routing.domain.organisation.ResponsibilityRule;
import com.complaintbook.routing.domain.organisation.Store;
import com.complaintbook.routing.domain.organisation.Target;

import java.util.List;

/**
 * The smallest organisation the layers above the domain route against: a delivery lead, their
 * manager, a director and the CEO, one store; delivery complaints go to the lead, the rest to the
 * logistics manager.
 */
public final class DeliveryChain {

    private DeliveryChain() {
    }

    public static OrganisationVersion version() {
        return OrganisationVersion.of(1, new Organisation(null,
                List.of(person("ceo", "Taras Bondarenko"), person("d-operations", "Maria Kovalenko"),
                        person("m-logistics", "Oksana Tkachenko"), person("e-delivery-lead", "Ivan Petrenko")),
                List.of(),
                List.of(position("ceo", null), position("d-operations", "ceo"),
                        position("m-logistics", "d-operations"), position("e-delivery-lead", "m-logistics")),
                List.of(),
                List.of(new Region("kyiv", null, null, "d-operations")),
                List.of(),
                List.of(new Store("kyiv-001", null, null, "kyiv", "m-logistics", null, null)),
                List.of(),
                List.of(new Category("delivery", null, null)),
                List.of(new ResponsibilityRule("delivery", null, "delivery", null, null, null,
                        new Target("e-delivery-lead", null, null, null))),
                new Target("m-logistics", null, null, null),
                List.of(), null, null));
    }

    private static Person person(String id, String name) {
        return new Person(id, name, name.toLowerCase().replace(' ', '.') + "@retail.example", Language.UK, List.of());
    }

    private static Position position(String id, String reportsTo) {
        return new Position(id, id, null, id, reportsTo, null);
    }
}
