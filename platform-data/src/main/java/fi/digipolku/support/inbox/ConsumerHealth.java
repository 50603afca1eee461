package fi.digipolku.support.inbox;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * Health of the event consumers: not ready while any consumer is failing to apply an event (its work waits, nothing
 * is lost); not live when one is stuck beyond {@link ConsumerConfig#stuckAfter()} with the database reachable.
 */
public final class ConsumerHealth {

    private static final String NAME = "Event consumers";

    private ConsumerHealth() {
    }

    private static HealthCheckResponseBuilder stalls(Consumption consumption) {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        for (Map.Entry<String, Consumption.Stall> stall : consumption.stalls().entrySet()) {
            response.withData(stall.getKey(), "failing since " + stall.getValue().since() + " ("
                    + stall.getValue().failure() + (stall.getValue().connectionLost() ? ", database unreachable" : "")
                    + ")");
        }
        return response;
    }

    /** Ready when no consumer is failing. */
    @Readiness
    @ApplicationScoped
    public static class Ready implements HealthCheck {

        private final Consumption consumption;

        public Ready(Consumption consumption) {
            this.consumption = consumption;
        }

        @Override
        public HealthCheckResponse call() {
            return stalls(consumption).status(consumption.stalls().isEmpty()).build();
        }
    }

    /** Live unless a consumer is stuck for a reason a restart may cure. */
    @Liveness
    @ApplicationScoped
    public static class Live implements HealthCheck {

        private final Consumption consumption;

        public Live(Consumption consumption) {
            this.consumption = consumption;
        }

        @Override
        public HealthCheckResponse call() {
            return stalls(consumption).status(consumption.stuck().isEmpty()).build();
        }
    }
}
