package fi.digipolku.pathway.identity;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

/**
 * Clients' identity codes, encrypted at rest, for matching with the patient record. A code is taken only from the
 * client's own token and never logged; it is released only to integrators.
 */
@ApplicationScoped
public class ClientIdentityService {

    private static final int REMEMBERED_MAX = 10_000;
    private static final Logger LOG = Logger.getLogger(ClientIdentityService.class);

    private final ClientIdentityRepository repository;
    private final IdentityCipher cipher;
    private final Clock clock;
    /** Subjects known to have a stored code, so most requests need no database round trip. */
    private final Set<String> stored = ConcurrentHashMap.newKeySet();

    public ClientIdentityService(ClientIdentityRepository repository, IdentityCipher cipher, Clock clock) {
        this.repository = repository;
        this.cipher = cipher;
        this.clock = clock;
    }

    /**
     * Stores the client's code. One stored already is kept, unless it was written under another key (its digest
     * differs) or the code changed: then it is replaced, so a client who signs in again heals an unreadable value.
     * An invalid code is ignored.
     */
    @Transactional
    public void remember(String clientSubject, String identityCode) {
        if (stored.contains(clientSubject) || !IdentityCode.valid(identityCode)) {
            return;
        }
        repository.store(clientSubject, cipher.encrypt(identityCode), cipher.digest(identityCode), clock.instant());
        if (stored.size() >= REMEMBERED_MAX) {
            stored.clear();
        }
        stored.add(clientSubject);
    }

    /** The client's code, decrypted, if the client has signed in with one. */
    public Optional<String> identityCode(String clientSubject) {
        return Optional.ofNullable(identityCodes(List.of(clientSubject)).get(clientSubject));
    }

    /** The codes of those clients that have one, by subject. */
    public Map<String, String> identityCodes(Collection<String> clientSubjects) {
        Map<String, String> codes = new HashMap<>();
        if (clientSubjects.isEmpty()) {
            return codes;
        }
        for (ClientIdentityRepository.StoredCode row : repository.codesOf(clientSubjects)) {
            try {
                codes.put(row.clientSubject(), cipher.decrypt(row.identityCode()));
            } catch (IllegalStateException unreadable) {
                // written under another key: the client counts as unidentified until they sign in again
                LOG.warnf("An identity code cannot be read with the current key; it is renewed at the client's next "
                        + "sign-in");
            }
        }
        return codes;
    }

    /** The subjects whose stored code is this one, found by its digest. */
    public List<String> subjectsOf(String identityCode) {
        return repository.subjectsWithDigest(cipher.digest(identityCode));
    }
}
