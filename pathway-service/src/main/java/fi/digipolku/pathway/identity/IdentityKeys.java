package fi.digipolku.pathway.identity;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import fi.digipolku.pathway.PathwayConfig;

/** Makes the one {@link IdentityCipher} of the service from its configured keys. */
public class IdentityKeys {

    @Produces
    @Singleton
    IdentityCipher cipher(PathwayConfig config) {
        return IdentityCipher.fromBase64(config.identityKey(), config.identityHmacKey());
    }
}
