/**
 * The HTTP API: JAX-RS resources named {@code *Resource}, request and response DTOs, the one set of exception
 * mappers that turns {@link io.frontdesk.booking.domain.shared.ErrorCode} kinds into HTTP statuses, and OpenAPI
 * annotations. Calls use cases through the application's {@code port.in} only.
 */
package io.frontdesk.booking.adapter.rest;
