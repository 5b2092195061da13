package io.frontdesk.booking.app.demo;

import java.util.List;
import java.util.UUID;

/** What one demo tenant looks like: its identity, services, and staff with the service they have slots for. */
record DemoBusiness(UUID tenantId, String name, String timeZone, String phoneRegion, String currency,
        List<DemoService> services, List<DemoStaff> staff, List<String> areaPrefixes) {

    record DemoService(String name, int minutes, long priceMinor) {
    }

    /** A staff member; {@code slotService} indexes {@code services}: the service their calendar is opened for. */
    record DemoStaff(String name, String role, int slotService, List<Integer> performs) {
    }

    static final DemoBusiness SALON = new DemoBusiness(UUID.fromString("0d6f6a3e-2d0c-4b8e-9a51-5a1f3e0c1a01"),
            "Salon Aurora", "Europe/Berlin", "DE", "EUR",
            List.of(new DemoService("Haircut", 45, 3500), new DemoService("Colouring", 90, 8500),
                    new DemoService("Beard trim", 20, 1500)),
            List.of(new DemoStaff("Lena Fischer", "Senior stylist", 0, List.of(0, 1)),
                    new DemoStaff("Tom Becker", "Stylist", 0, List.of(0, 2)),
                    new DemoStaff("Mira Schulz", "Colourist", 1, List.of(1)),
                    new DemoStaff("Jonas Wolf", "Barber", 2, List.of(0, 2))),
            List.of("+49 30 ", "+49 151 ", "+49 40 "));

    static final DemoBusiness CLINIC = new DemoBusiness(UUID.fromString("7b1c2f90-4e5d-4a3b-8c6d-2e9f0a1b2c02"),
            "Riverside Physio", "America/New_York", "US", "USD",
            List.of(new DemoService("Initial assessment", 60, 12000), new DemoService("Follow-up", 30, 6500),
                    new DemoService("Sports massage", 45, 9000)),
            List.of(new DemoStaff("Dr. Alicia Moreno", "Physiotherapist", 0, List.of(0, 1)),
                    new DemoStaff("Sam Okafor", "Physiotherapist", 1, List.of(0, 1)),
                    new DemoStaff("Priya Natarajan", "Massage therapist", 2, List.of(2))),
            List.of("+1 212 555 01", "+1 646 555 01", "+1 718 555 01", "+1 917 555 01"));
}
