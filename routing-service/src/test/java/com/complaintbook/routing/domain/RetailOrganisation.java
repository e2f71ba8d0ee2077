package com.complaintbook.routing.domain;

import java.util.List;
import java.util.Map;

/** The retailer's default organisation, as application.yml configures it. */
final class RetailOrganisation {

    static final List<Employee> EMPLOYEES = List.of(
            new Employee("ceo", "Taras Bondarenko", "taras.bondarenko@retail.example", null),
            new Employee("d-operations", "Maria Kovalenko", "maria.kovalenko@retail.example", "ceo"),
            new Employee("d-commerce", "Andriy Melnyk", "andriy.melnyk@retail.example", "ceo"),
            new Employee("m-logistics", "Oksana Tkachenko", "oksana.tkachenko@retail.example", "d-operations"),
            new Employee("m-stores", "Dmytro Boyko", "dmytro.boyko@retail.example", "d-operations"),
            new Employee("m-ecommerce", "Iryna Kravchenko", "iryna.kravchenko@retail.example", "d-commerce"),
            new Employee("e-delivery-lead", "Ivan Petrenko", "ivan.petrenko@retail.example", "m-logistics"),
            new Employee("e-store-supervisor", "Natalia Lysenko", "natalia.lysenko@retail.example", "m-stores"),
            new Employee("e-quality", "Serhiy Moroz", "serhiy.moroz@retail.example", "d-commerce"),
            new Employee("e-web-support", "Yulia Savchenko", "yulia.savchenko@retail.example", "m-ecommerce"),
            new Employee("e-customer-care", "Olha Rudenko", "olha.rudenko@retail.example", "m-stores"));

    static final Map<String, String> RESPONSIBILITIES = Map.of(
            "delivery", "e-delivery-lead",
            "product-quality", "e-quality",
            "pricing", "e-quality",
            "staff-behaviour", "e-store-supervisor",
            "store-cleanliness", "e-store-supervisor",
            "website", "e-web-support",
            "other", "e-customer-care");

    static final String DEFAULT_ASSIGNEE = "e-customer-care";

    private RetailOrganisation() {
    }

    static OrgChart orgChart() {
        return OrgChart.of(EMPLOYEES);
    }

    static CategoryResponsibilityTable responsibilities() {
        return new CategoryResponsibilityTable(orgChart(), RESPONSIBILITIES, DEFAULT_ASSIGNEE);
    }
}
