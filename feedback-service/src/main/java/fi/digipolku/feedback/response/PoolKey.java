package fi.digipolku.feedback.response;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.runtime.StartupEvent;

import fi.digipolku.feedback.FeedbackConfig;

/**
 * Makes the one {@link PoolCipher} of the service from {@code digipolku.feedback.pool-key}. The service refuses to
 * start without the key (the config mapping requires it) or with one that is not base64 of 32 bytes: the startup
 * below makes the cipher, and seals the answers pooled before the pool was sealed.
 */
public class PoolKey {

    @Produces
    @Singleton
    PoolCipher cipher(FeedbackConfig config) {
        return PoolCipher.fromBase64(config.poolKey());
    }

    void atStartup(@Observes StartupEvent started, ResponsePool pool) {
        pool.sealUnsealed();
        pool.resealUneven();
    }
}
