package fi.digipolku.pathway.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * Stored identity codes ({@code client_identity}): AES-GCM ciphertext and a keyed digest, never the code itself;
 * {@link ClientIdentityService} encrypts and decrypts.
 */
@ApplicationScoped
public class ClientIdentityRepository {

    /** A client's stored code, still encrypted. */
    public record StoredCode(String clientSubject, byte[] identityCode) {
    }

    private final EntityManager em;

    public ClientIdentityRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Stores the client's encrypted code and digest, replacing a stored one only when its digest differs.
     */
    public void store(String clientSubject, byte[] encryptedCode, byte[] digest, Instant capturedAt) {
        em.createNativeQuery("""
                INSERT INTO client_identity (client_subject, identity_code, identity_hmac, captured_at)
                VALUES (?1, ?2, ?3, ?4) ON CONFLICT (client_subject) DO UPDATE
                SET identity_code = EXCLUDED.identity_code, identity_hmac = EXCLUDED.identity_hmac,
                    captured_at = EXCLUDED.captured_at
                WHERE client_identity.identity_hmac IS DISTINCT FROM EXCLUDED.identity_hmac""")
                .setParameter(1, clientSubject).setParameter(2, encryptedCode)
                .setParameter(3, digest).setParameter(4, Timestamp.from(capturedAt))
                .executeUpdate();
    }

    /** The stored codes of those of the clients that have one. */
    public List<StoredCode> codesOf(Collection<String> clientSubjects) {
        return em.unwrap(Session.class).createNativeQuery(
                "SELECT client_subject, identity_code FROM client_identity WHERE client_subject IN (:subjects)",
                StoredCode.class).setParameter("subjects", Set.copyOf(clientSubjects)).getResultList();
    }

    /** The subjects whose stored code has this digest, in order. */
    public List<String> subjectsWithDigest(byte[] digest) {
        return em.unwrap(Session.class).createNativeQuery(
                "SELECT client_subject FROM client_identity WHERE identity_hmac = ?1 ORDER BY client_subject",
                String.class).setParameter(1, digest).getResultList();
    }
}
