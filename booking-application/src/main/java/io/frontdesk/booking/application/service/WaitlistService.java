package io.frontdesk.booking.application.service;

import io.frontdesk.booking.application.port.in.AuditEntry;
import io.frontdesk.booking.application.port.in.AuditEntry.Change;
import io.frontdesk.booking.application.port.in.BrowseWaitlistUseCase;
import io.frontdesk.booking.application.port.in.JoinWaitlistCommand;
import io.frontdesk.booking.application.port.in.ManageWaitlistUseCase;
import io.frontdesk.booking.application.port.in.Page;
import io.frontdesk.booking.application.port.in.WaitlistEntryDetails;
import io.frontdesk.booking.application.port.in.WaitlistEntryView;
import io.frontdesk.booking.application.port.in.WaitlistQuery;
import io.frontdesk.booking.application.port.out.AuditTrail;
import io.frontdesk.booking.application.port.out.Services;
import io.frontdesk.booking.application.port.out.StaffMembers;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.application.port.out.WaitlistEntries;
import io.frontdesk.booking.application.port.out.WaitlistFilter;
import io.frontdesk.booking.application.port.out.WaitlistOffers;
import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.Customer;
import io.frontdesk.booking.domain.shared.EmailAddress;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.IllegalTransitionException;
import io.frontdesk.booking.domain.shared.NotFoundException;
import io.frontdesk.booking.domain.shared.Tenant;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.shared.TimeRange;
import io.frontdesk.booking.domain.shared.Violations;
import io.frontdesk.booking.domain.waitlist.Offer;
import io.frontdesk.booking.domain.waitlist.WaitlistEntry;
import io.frontdesk.booking.domain.waitlist.WaitlistEntryId;
import io.frontdesk.booking.domain.waitlist.WaitlistStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The desk's side of the waitlist: putting customers on it (offers go by email, so an email address is required),
 * reading it, taking customers off, and ending holds early. Each method is one transaction.
 */
@ApplicationScoped
public class WaitlistService implements ManageWaitlistUseCase, BrowseWaitlistUseCase {

    /** The widest wanted window: about three months. */
    public static final Duration MAX_WINDOW = Duration.ofDays(92);

    private final Tenants tenants;
    private final Services services;
    private final StaffMembers staffMembers;
    private final WaitlistEntries entries;
    private final WaitlistOffers offers;
    private final WaitlistOffering offering;
    private final AuditTrail auditTrail;
    private final Clock clock;

    @Inject
    public WaitlistService(Tenants tenants, Services services, StaffMembers staffMembers, WaitlistEntries entries,
            WaitlistOffers offers, WaitlistOffering offering, AuditTrail auditTrail, Clock clock) {
        this.tenants = tenants;
        this.services = services;
        this.staffMembers = staffMembers;
        this.entries = entries;
        this.offers = offers;
        this.offering = offering;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Override
    @Transactional
    public WaitlistEntryView join(JoinWaitlistCommand command) {
        Tenant tenant = Require.tenant(tenants, command.tenantId());
        Instant now = clock.instant();
        Violations violations = new Violations();
        Customer customer = Customer.collect(violations, command.customerName(), command.customerPhone(),
                command.customerEmail(), tenant.phoneRegion());
        if (command.customerEmail() == null || command.customerEmail().isBlank()) {
            violations.add(Customer.EMAIL_FIELD, "is required: waitlist offers are sent by email");
        }
        if (command.serviceId() == null) {
            violations.add("service_id", "is required");
        }
        TimeRange wanted = window(command, now, violations);
        violations.throwIfAny();

        Service service = Require.service(services, tenant.id(), command.serviceId());
        if (!service.active()) {
            violations.add("service_id", "is inactive");
        }
        Optional<Staff> staff = Optional.ofNullable(command.staffId())
                .map(id -> Require.staff(staffMembers, tenant.id(), id));
        staff.ifPresent(s -> {
            if (!s.active()) {
                violations.add("staff_id", "is inactive");
            } else if (!s.performs(service.id())) {
                violations.add("staff_id", "does not perform this service");
            }
        });
        violations.throwIfAny();

        WaitlistEntry entry = WaitlistEntry.join(new WaitlistEntryId(UUID.randomUUID()), tenant.id(), customer,
                service.id(), staff.map(Staff::id), wanted, now);
        entries.add(entry);
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("status", Change.set(entry.status().value()));
        changes.put("customer_name", Change.set(customer.name().value()));
        changes.put("customer_phone", Change.set(customer.phone().e164()));
        customer.email().map(EmailAddress::value).ifPresent(e -> changes.put("customer_email", Change.set(e)));
        changes.put("service_id", Change.set(service.id().toString()));
        staff.ifPresent(s -> changes.put("staff_id", Change.set(s.id().toString())));
        changes.put("wanted_from", Change.set(wanted.start().toString()));
        changes.put("wanted_to", Change.set(wanted.end().toString()));
        audit(entry, "waitlist_entry.created", command.actor(), changes, now);
        return view(entry);
    }

    @Override
    @Transactional
    public WaitlistEntryView remove(TenantId tenantId, ActorId actor, WaitlistEntryId entryId) {
        WaitlistEntry entry = find(tenantId, entryId);
        Instant now = clock.instant();
        WaitlistStatus before = entry.status();
        Optional<Offer> open = before == WaitlistStatus.OFFERED ? offers.openFor(tenantId, entryId) : Optional.empty();
        entry.remove();
        open.ifPresent(offer -> {
            offer.withdraw(now);
            offers.update(offer);
        });
        entries.update(entry);
        audit(entry, "waitlist_entry.removed", actor, Map.of("status", Change.of(before.value(),
                entry.status().value())), now);
        open.ifPresent(offer -> offering.passOn(offer, actor, now));
        return view(find(tenantId, entryId));
    }

    @Override
    @Transactional
    public WaitlistEntryView releaseOffer(TenantId tenantId, ActorId actor, WaitlistEntryId entryId) {
        WaitlistEntry entry = find(tenantId, entryId);
        Instant now = clock.instant();
        entry.offerWithdrawn();
        // Answered or expired since the entry was read: the customer (or the expiry job) was first.
        Offer offer = offers.openFor(tenantId, entryId).orElseThrow(() -> new IllegalTransitionException(
                ErrorCode.WAITLIST_TRANSITION_REFUSED, "waitlist entry (offer closed meanwhile)",
                WaitlistStatus.OFFERED.value(), WaitlistStatus.WAITING.value()));
        offer.withdraw(now);
        offers.update(offer);
        entries.update(entry);
        audit(entry, "waitlist_entry.offer_released", actor, Map.of(
                "status", Change.of(WaitlistStatus.OFFERED.value(), entry.status().value()),
                "slot_id", Change.of(offer.slotId().toString(), null)), now);
        offering.passOn(offer, actor, now);
        return view(find(tenantId, entryId));
    }

    @Override
    @Transactional
    public Page<WaitlistEntryView> list(WaitlistQuery query) {
        Map<ServiceId, Service> byService = services.list(query.tenantId()).stream()
                .collect(Collectors.toMap(Service::id, Function.identity()));
        Map<StaffId, Staff> byStaff = staffMembers.list(query.tenantId()).stream()
                .collect(Collectors.toMap(Staff::id, Function.identity()));
        return entries.list(new WaitlistFilter(query.tenantId(), query.status(), query.serviceId(), query.staffId()),
                query.page()).map(e -> WaitlistEntryView.of(e, byService.get(e.serviceId()).name(),
                        e.staffId().map(id -> byStaff.get(id).name().value())));
    }

    @Override
    @Transactional
    public WaitlistEntryDetails get(TenantId tenantId, WaitlistEntryId entryId) {
        WaitlistEntry entry = find(tenantId, entryId);
        List<AuditEntry> trail = auditTrail.history(tenantId, AuditEntry.WAITLIST_ENTRY, entryId.value());
        return new WaitlistEntryDetails(view(entry), trail);
    }

    private static TimeRange window(JoinWaitlistCommand c, Instant now, Violations violations) {
        if (c.wantedFrom() == null) {
            violations.add("wanted_from", "is required");
        }
        if (c.wantedTo() == null) {
            violations.add("wanted_to", "is required");
        }
        if (c.wantedFrom() == null || c.wantedTo() == null) {
            return null;
        }
        if (!c.wantedTo().isAfter(c.wantedFrom())) {
            violations.add("wanted_to", "must be after wanted_from");
            return null;
        }
        if (!c.wantedTo().isAfter(now)) {
            violations.add("wanted_to", "must be in the future");
        } else if (Duration.between(c.wantedFrom(), c.wantedTo()).compareTo(MAX_WINDOW) > 0) {
            violations.add("wanted_to", "must be at most " + MAX_WINDOW.toDays() + " days after wanted_from");
        }
        return new TimeRange(c.wantedFrom(), c.wantedTo());
    }

    private WaitlistEntry find(TenantId tenantId, WaitlistEntryId id) {
        return entries.find(tenantId, id).orElseThrow(() -> new NotFoundException(ErrorCode.WAITLIST_ENTRY_NOT_FOUND,
                "Waitlist entry", id));
    }

    private void audit(WaitlistEntry entry, String action, ActorId actor, Map<String, Change> changes, Instant now) {
        auditTrail.record(new AuditEntry(UUID.randomUUID(), entry.tenantId(), AuditEntry.WAITLIST_ENTRY,
                entry.id().value(), action, actor, changes, now));
    }

    private WaitlistEntryView view(WaitlistEntry entry) {
        String serviceName = Require.service(services, entry.tenantId(), entry.serviceId()).name();
        Optional<String> staffName = entry.staffId()
                .map(id -> Require.staff(staffMembers, entry.tenantId(), id).name().value());
        return WaitlistEntryView.of(entry, serviceName, staffName);
    }
}
