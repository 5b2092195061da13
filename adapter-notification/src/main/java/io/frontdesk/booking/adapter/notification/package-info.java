/**
 * Customer notifications by email (Quarkus Mailer over SMTP): {@code EmailNotifier} implements the application's
 * {@code Notifier} out-port and sends only after the deciding transaction has committed. Never depends on another
 * adapter or on application services.
 */
package io.frontdesk.booking.adapter.notification;
