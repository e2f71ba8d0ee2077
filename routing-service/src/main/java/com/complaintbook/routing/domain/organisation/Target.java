package com.complaintbook.routing.domain.organisation;

/**
 * Who a rule hands a complaint to: exactly one of the four is set.
 *
 * @param staff    a person, by id
 * @param position whoever holds a position, by id
 * @param role     the manager of the complaint's store, region or division
 * @param group    the least busy member of a group, by id
 */
public record Target(String staff, String position, StoreRole role, String group) {
}
