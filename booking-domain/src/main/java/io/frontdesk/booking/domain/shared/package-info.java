/**
 * Values and errors every aggregate shares: tenant and actor identity, customer values, money, time ranges,
 * and the domain exception hierarchy with its stable error codes.
 */
package io.frontdesk.booking.domain.shared;
