package org.edcomply.core.model;

/**
 * How soon a breach is notified to one kind of recipient ({@code breach.notification.<recipient>}).
 *
 * @param recipient {@code authority} (the supervisory authority), {@code individuals} (the people
 *                  affected, or their parents), or {@code customers} (schools and other controllers)
 * @param hours     the deadline in hours; days are counted as 24 hours
 * @param declared  the deadline as written, e.g. {@code 7 days}
 */
public record BreachNotification(Location location, String recipient, int hours, String declared) {
}
