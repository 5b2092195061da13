package io.frontdesk.booking.adapter.persistence.waitlist;

import io.frontdesk.booking.adapter.persistence.PostgresErrors;
import io.frontdesk.booking.application.port.in.WaitlistOfferCounts;
import io.frontdesk.booking.application.port.out.WaitlistOffers;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.shared.TimeRange;
import io.frontdesk.booking.domain.slot.SlotId;
import io.frontdesk.booking.domain.slot.SlotUnavailableException;
import io.frontdesk.booking.domain.waitlist.Offer;
import io.frontdesk.booking.domain.waitlist.OfferId;
import io.frontdesk.booking.domain.waitlist.OfferStatus;
import io.frontdesk.booking.domain.waitlist.OfferTokenHash;
import io.frontdesk.booking.domain.waitlist.WaitlistEntryId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Waitlist offers on PostgreSQL. "One open offer per slot and per entry" is kept by partial unique indexes and
 * reported as "slot no longer available"; a lost race to answer an offer (a stale version) is reported as the
 * offer being closed. Due offers are claimed with {@code FOR UPDATE SKIP LOCKED}, so an expiry run never waits for,
 * nor fights with, a customer answering at the same moment.
 */
@ApplicationScoped
public class JpaWaitlistOffers implements WaitlistOffers, PanacheRepositoryBase<OfferJpaEntity, UUID> {

    static final Set<String> ONE_OPEN = Set.of("waitlist_offers_one_open_per_slot",
            "waitlist_offers_one_open_per_entry");

    @Override
    public void add(Offer offer) {
        OfferJpaEntity entity = new OfferJpaEntity();
        entity.id = offer.id().value();
        entity.tenantId = offer.tenantId().value();
        entity.entryId = offer.entryId().value();
        entity.slotId = offer.slotId().value();
        entity.startTime = offer.slotTime().start();
        entity.endTime = offer.slotTime().end();
        entity.tokenHash = offer.tokenHash().hex();
        entity.offeredAt = offer.offeredAt();
        entity.expiresAt = offer.expiresAt();
        copyState(offer, entity);
        try {
            persist(entity);
            flush();
        } catch (PersistenceException e) {
            if (PostgresErrors.violatedConstraint(e).filter(ONE_OPEN::contains).isPresent()) {
                throw new SlotUnavailableException(offer.slotId());
            }
            throw e;
        }
    }

    @Override
    public Optional<Offer> findByToken(OfferTokenHash hash) {
        return find("tokenHash", hash.hex()).firstResultOptional().map(JpaWaitlistOffers::toDomain);
    }

    @Override
    public Optional<Offer> openFor(TenantId tenantId, WaitlistEntryId entryId) {
        return find("tenantId = ?1 and entryId = ?2 and status = 'open'", tenantId.value(), entryId.value())
                .firstResultOptional().map(JpaWaitlistOffers::toDomain);
    }

    @Override
    public void update(Offer offer) {
        OfferJpaEntity entity = findByIdOptional(offer.id().value())
                .filter(e -> e.tenantId.equals(offer.tenantId().value()) && e.version == offer.version())
                .orElseThrow(() -> new Offer.OfferClosedException(offer.status()));
        copyState(offer, entity);
        try {
            flush();
        } catch (OptimisticLockException e) {
            throw new Offer.OfferClosedException(offer.status());
        }
    }

    @Override
    public List<Offer> due(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<OfferJpaEntity> rows = getEntityManager().createNativeQuery("""
                SELECT * FROM waitlist_offers
                WHERE status = 'open' AND expires_at <= :now
                ORDER BY expires_at, id
                LIMIT :limit
                FOR UPDATE SKIP LOCKED""", OfferJpaEntity.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(JpaWaitlistOffers::toDomain).toList();
    }

    @Override
    public Set<WaitlistEntryId> entriesOffered(TenantId tenantId, SlotId slotId) {
        return getEntityManager().createQuery(
                        "select o.entryId from OfferJpaEntity o where o.tenantId = :tenant and o.slotId = :slot",
                        UUID.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("slot", slotId.value())
                .getResultStream().map(WaitlistEntryId::new).collect(Collectors.toSet());
    }

    @Override
    public WaitlistOfferCounts counts(TenantId tenantId, Optional<Instant> slotStartFrom,
            Optional<Instant> slotStartBefore) {
        StringBuilder sql = new StringBuilder("""
                SELECT count(*), count(*) FILTER (WHERE status = 'accepted')
                FROM waitlist_offers WHERE tenant_id = :tenant""");
        slotStartFrom.ifPresent(from -> sql.append(" AND start_time >= :from"));
        slotStartBefore.ifPresent(before -> sql.append(" AND start_time < :before"));
        Query query = getEntityManager().createNativeQuery(sql.toString()).setParameter("tenant", tenantId.value());
        slotStartFrom.ifPresent(from -> query.setParameter("from", from));
        slotStartBefore.ifPresent(before -> query.setParameter("before", before));
        Object[] row = (Object[]) query.getSingleResult();
        return new WaitlistOfferCounts(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    private static void copyState(Offer offer, OfferJpaEntity entity) {
        entity.status = offer.status().value();
        entity.closedAt = offer.closedAt().orElse(null);
    }

    private static Offer toDomain(OfferJpaEntity e) {
        return Offer.reconstitute(new OfferId(e.id), new TenantId(e.tenantId), new WaitlistEntryId(e.entryId),
                new SlotId(e.slotId), new TimeRange(e.startTime, e.endTime), new OfferTokenHash(e.tokenHash),
                e.offeredAt, e.expiresAt, OfferStatus.fromValue(e.status).orElseThrow(),
                Optional.ofNullable(e.closedAt), e.version);
    }
}
