package com.complaintbook.routing.domain;

import com.complaintbook.contracts.Channel;
import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.LocalizedText;
import com.complaintbook.routing.domain.organisation.Absence;
import com.complaintbook.routing.domain.organisation.BusinessPeriod;
import com.complaintbook.routing.domain.organisation.CalendarSpec;
import com.complaintbook.routing.domain.organisation.Category;
import com.complaintbook.routing.domain.organisation.Department;
import com.complaintbook.routing.domain.organisation.Division;
import com.complaintbook.routing.domain.organisation.Group;
import com.complaintbook.routing.domain.organisation.Organisation;
import com.complaintbook.routing.domain.organisation.Person;
import com.complaintbook.routing.domain.organisation.Position;
import com.complaintbook.routing.domain.organisation.Priority;
import com.complaintbook.routing.domain.organisation.Region;
import com.complaintbook.routing.domain.organisation.ResponsibilityRule;
import com.complaintbook.routing.domain.organisation.SlaRule;
import com.complaintbook.routing.domain.organisation.Store;
import com.complaintbook.routing.domain.organisation.StoreRole;
import com.complaintbook.routing.domain.organisation.Target;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A small retailer to route against, and a way to change one thing in it per test.
 *
 * <pre>
 * ceo (taras)
 * ├── retail-director (maria)                       division retail
 * │   ├── kyiv-region-manager (dmytro)              region kyiv
 * │   │   ├── kyiv-001-manager (ivan)               store kyiv-001
 * │   │   │   └── kyiv-001-desk-1..3 (olena, petro, sofia)   group kyiv-001-service-desk
 * │   │   └── kyiv-002-manager (oksana)             store kyiv-002
 * │   ├── west-region-manager (natalia)             region west
 * │   │   ├── lviv-001-manager (andriy)             store lviv-001
 * │   │   └── lviv-002-manager (iryna)              store lviv-002
 * │   └── logistics-head (bohdan)
 * │       └── kyiv-logistics-coordinator (roman)
 * ├── quality-director (serhiy)
 * │   └── quality-specialist (yulia)
 * ├── ecommerce-manager (viktor)
 * └── customer-care-head (halyna)
 *     └── customer-care-agent-1..2 (lesia, mykola)   group customer-care (the default owner)
 * </pre>
 */
final class RetailOrganisation {

    private final Map<String, Person> staff = new LinkedHashMap<>();
    private final Map<String, Position> positions = new LinkedHashMap<>();
    private final Map<String, Store> stores = new LinkedHashMap<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final Map<String, Region> regions = new LinkedHashMap<>();
    private final Map<String, Division> divisions = new LinkedHashMap<>();
    private final Map<String, Category> categories = new LinkedHashMap<>();
    private List<ResponsibilityRule> rules = new ArrayList<>();
    private Target defaultOwner = new Target(null, null, null, "customer-care");

    private RetailOrganisation() {
        holds("ceo", "Chief executive officer", "executive", "taras", null);
        holds("retail-director", "Retail director", "retail", "maria", "ceo");
        holds("kyiv-region-manager", "Regional manager, Kyiv", "retail", "dmytro", "retail-director");
        holds("west-region-manager", "Regional manager, West", "retail", "natalia", "retail-director");
        holds("kyiv-001-manager", "Store manager, Kyiv Khreshchatyk", "retail", "ivan", "kyiv-region-manager");
        holds("kyiv-002-manager", "Store manager, Kyiv Obolon", "retail", "oksana", "kyiv-region-manager");
        holds("lviv-001-manager", "Store manager, Lviv Rynok", "retail", "andriy", "west-region-manager");
        holds("lviv-002-manager", "Store manager, Lviv Sykhiv", "retail", "iryna", "west-region-manager");
        holds("kyiv-001-desk-1", "Service desk, Kyiv Khreshchatyk", "retail", "olena", "kyiv-001-manager");
        holds("kyiv-001-desk-2", "Service desk, Kyiv Khreshchatyk", "retail", "petro", "kyiv-001-manager");
        holds("kyiv-001-desk-3", "Service desk, Kyiv Khreshchatyk", "retail", "sofia", "kyiv-001-manager");
        holds("logistics-head", "Head of logistics", "logistics", "bohdan", "retail-director");
        holds("kyiv-logistics-coordinator", "Logistics coordinator, Kyiv", "logistics", "roman", "logistics-head");
        holds("quality-director", "Quality director", "quality", "serhiy", "ceo");
        holds("quality-specialist", "Quality specialist", "quality", "yulia", "quality-director");
        holds("ecommerce-manager", "E-commerce manager", "ecommerce", "viktor", "ceo");
        holds("customer-care-head", "Head of customer care", "customer-care", "halyna", "ceo");
        holds("customer-care-agent-1", "Customer care agent", "customer-care", "lesia", "customer-care-head");
        holds("customer-care-agent-2", "Customer care agent", "customer-care", "mykola", "customer-care-head");

        divisions.put("retail", new Division("retail", text("Retail"), "retail-director"));
        regions.put("kyiv", new Region("kyiv", text("Kyiv"), "retail", "kyiv-region-manager"));
        regions.put("west", new Region("west", text("West"), "retail", "west-region-manager"));
        store("kyiv-001", "kyiv");
        store("kyiv-002", "kyiv");
        store("lviv-001", "west");
        store("lviv-002", "west");

        group("kyiv-001-service-desk", "olena", "petro", "sofia");
        group("customer-care", "lesia", "mykola");

        category("food-safety", Priority.URGENT);
        category("pricing", Priority.NORMAL);
        category("staff-behaviour", Priority.NORMAL);
        category("store-cleanliness", Priority.NORMAL);
        category("assortment", Priority.NORMAL);
        category("delivery", Priority.HIGH);
        category("website", Priority.NORMAL);
        category("other", Priority.NORMAL);

        rules.add(rule("food-safety", null, "food-safety", null, null, position("quality-director")));
        rules.add(rule("kyiv-001-desk", ComplaintKind.COMPLAINT, "pricing", "kyiv-001", null,
                group("kyiv-001-service-desk")));
        rules.add(rule("staff-behaviour", null, "staff-behaviour", null, null, role(StoreRole.STORE_MANAGER)));
        rules.add(rule("store-cleanliness", null, "store-cleanliness", null, null, role(StoreRole.REGION_MANAGER)));
        rules.add(rule("assortment", null, "assortment", null, null, role(StoreRole.DIVISION_MANAGER)));
        rules.add(rule("delivery-kyiv", null, "delivery", null, "kyiv", staff("roman")));
        rules.add(rule(null, null, "delivery", null, null, position("logistics-head")));
        rules.add(new ResponsibilityRule("website-online", null, "website", null, null,
                Channel.WEBSITE, staff("viktor")));
    }

    /** The retailer as described above. */
    static RetailOrganisation retailer() {
        return new RetailOrganisation();
    }

    /** The retailer as described above, validated. */
    static OrganisationVersion version() {
        return retailer().build();
    }

    OrganisationVersion build() {
        return OrganisationVersion.of(1, organisation());
    }

    Organisation organisation() {
        return new Organisation(null, List.copyOf(staff.values()),
                List.of(new Department("executive", text("Executive")), new Department("retail", text("Retail")),
                        new Department("logistics", text("Logistics")), new Department("quality", text("Quality")),
                        new Department("ecommerce", text("E-commerce")),
                        new Department("customer-care", text("Customer care"))),
                List.copyOf(positions.values()), List.copyOf(divisions.values()), List.copyOf(regions.values()),
                List.of(new CalendarSpec("ua-office", Map.of(
                        DayOfWeek.MONDAY, "09:00-18:00", DayOfWeek.TUESDAY, "09:00-18:00",
                        DayOfWeek.WEDNESDAY, "09:00-18:00", DayOfWeek.THURSDAY, "09:00-18:00",
                        DayOfWeek.FRIDAY, "09:00-18:00"), List.of())),
                List.copyOf(stores.values()), List.copyOf(groups.values()), List.copyOf(categories.values()),
                List.copyOf(rules), defaultOwner,
                List.of(new SlaRule(null, null, null, null, new BusinessPeriod(3, null))),
                "ua-office", "Europe/Kyiv");
    }

    RetailOrganisation away(String personId, Instant from, Instant until, String actingId) {
        Person person = staff.get(personId);
        List<Absence> absences = new ArrayList<>(person.absences());
        absences.add(new Absence(from, until, actingId));
        staff.put(personId, new Person(person.id(), person.name(), person.email(), person.language(), absences));
        return this;
    }

    RetailOrganisation person(String id) {
        staff.put(id, new Person(id, capitalised(id), id + "@retail.example", Language.UK, List.of()));
        return this;
    }

    RetailOrganisation withoutPerson(String id) {
        staff.remove(id);
        return this;
    }

    RetailOrganisation position(String id, UnaryOperator<Position> change) {
        positions.put(id, change.apply(positions.get(id)));
        return this;
    }

    RetailOrganisation position(Position position) {
        positions.put(position.id(), position);
        return this;
    }

    RetailOrganisation withoutPosition(String id) {
        positions.remove(id);
        return this;
    }

    RetailOrganisation store(Store store) {
        stores.put(store.id(), store);
        return this;
    }

    RetailOrganisation group(Group group) {
        groups.put(group.id(), group);
        return this;
    }

    RetailOrganisation region(Region region) {
        regions.put(region.id(), region);
        return this;
    }

    RetailOrganisation rules(ResponsibilityRule... replacing) {
        rules = new ArrayList<>(List.of(replacing));
        return this;
    }

    RetailOrganisation rule(ResponsibilityRule appended) {
        rules.add(appended);
        return this;
    }

    RetailOrganisation defaultOwner(Target owner) {
        defaultOwner = owner;
        return this;
    }

    /** Someone else now holds the position; the previous holder leaves the staff. */
    RetailOrganisation replaced(String positionId, String newHolder) {
        String previous = positions.get(positionId).holder();
        person(newHolder);
        position(positionId, position -> heldBy(position, newHolder, null));
        return withoutPerson(previous);
    }

    static Position heldBy(Position position, String holder, String actingId) {
        return new Position(position.id(), position.title(), position.department(), holder, position.reportsTo(),
                actingId);
    }

    static ResponsibilityRule rule(String id, ComplaintKind kind, String category, String store, String region,
                                   Target target) {
        return new ResponsibilityRule(id, kind, category, store, region, null, target);
    }

    static Target staff(String id) {
        return new Target(id, null, null, null);
    }

    static Target position(String id) {
        return new Target(null, id, null, null);
    }

    static Target role(StoreRole role) {
        return new Target(null, null, role, null);
    }

    static Target group(String id) {
        return new Target(null, null, null, id);
    }

    private void holds(String positionId, String title, String department, String holder, String reportsTo) {
        person(holder);
        positions.put(positionId, new Position(positionId, title, department, holder, reportsTo, null));
    }

    private void store(String id, String region) {
        stores.put(id, new Store(id, text(id), text(id + " address"), region, id + "-manager", "Europe/Kyiv",
                "ua-office"));
    }

    private void group(String id, String... members) {
        groups.put(id, new Group(id, id, List.of(members)));
    }

    private void category(String id, Priority priority) {
        categories.put(id, new Category(id, text(id), priority));
    }

    static LocalizedText text(String english) {
        return new LocalizedText(english, english, english);
    }

    private static String capitalised(String id) {
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }
}
