package com.complaintbook.archfixture.elsewhere;

public class AnotherServicesType {
}
