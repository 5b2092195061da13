package io.frontdesk.booking.adapter.rest.error;

import io.frontdesk.booking.domain.shared.ErrorCode;

/**
 * The error codes the API answers with: every {@link ErrorCode} of the domain, plus the ones only HTTP has.
 * Clients switch on these, never on titles or messages.
 */
public final class ApiCodes {

    public static final String VALIDATION_FAILED = ErrorCode.VALIDATION_FAILED.code();
    public static final String UNAUTHENTICATED = "AUTH.UNAUTHENTICATED";
    public static final String FORBIDDEN = "AUTH.FORBIDDEN";
    public static final String NO_TENANT = "AUTH.NO_TENANT";
    public static final String CSRF = "AUTH.CSRF";
    public static final String RATE_LIMITED = "RATE_LIMITED";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    private ApiCodes() {
    }
}
