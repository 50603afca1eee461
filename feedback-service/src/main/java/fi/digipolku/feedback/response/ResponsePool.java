package fi.digipolku.feedback.response;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fi.digipolku.feedback.FeedbackConfig;
import fi.digipolku.feedback.pathway.PathwayVersion;
import fi.digipolku.support.outbox.Outbox;

/**
 * Keeps answers apart from their requests until they can be stored anonymously.
 *
 * <p>
 * Answering a request and storing the response in one transaction would give both rows the same PostgreSQL
 * transaction id ({@code xmin}), neighbouring positions on disk and matching times: an auditor joining on any of them
 * would pair every response with its client. So the answer transaction only marks the request answered and puts the
 * answer here. {@link #release()} later stores whole batches of one pathway ({@link Batching}) in random order, each
 * with a new random id and the release day as its answered day, writes their anonymiser log and
 * {@code feedback.submitted} events, and deletes the pool rows, all in one transaction: a crash before the commit leaves
 * the pool as it was, after it the batch is stored exactly once. {@link #vacuum()} then removes the deleted rows' dead
 * versions from disk.
 *
 * <p>
 * Pooled answers are in no report, export or event until released: counting them would let anyone who watches a
 * figure change see one client's answer.
 */
@ApplicationScoped
public class ResponsePool {

    private final EntityManager em;
    private final Outbox outbox;
    private final FeedbackConfig config;
    private final Clock clock;
    private final DataSource dataSource;
    private final SecureRandom random = new SecureRandom();

    public ResponsePool(EntityManager em, Outbox outbox, FeedbackConfig config, Clock clock, DataSource dataSource) {
        this.em = em;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
        this.dataSource = dataSource;
    }

    /** Puts an answer in the pool, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(PooledResponse answer) {
        answer.id = UUID.randomUUID();
        answer.pooledOn = LocalDate.ofInstant(clock.instant(), config.zone());
        em.persist(answer);
    }

    /**
     * Stores the batches that are due and removes them from the pool.
     *
     * @return how many responses were stored
     */
    @Transactional
    public int release() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), config.zone());
        @SuppressWarnings("unchecked")
        List<PooledResponse> pooled = em
                .createNativeQuery("SELECT * FROM response_pool FOR UPDATE SKIP LOCKED", PooledResponse.class)
                .getResultList();
        List<Batching.Pooled<PooledResponse>> waiting = pooled.stream()
                .map(p -> new Batching.Pooled<>(p, List.of(p.definitionId, p.careTeam), p.pooledOn)).toList();
        List<List<PooledResponse>> batches = Batching.due(waiting, today, config.pool().minBatch(),
                config.pool().maxWait().toDays(), random);
        int stored = 0;
        for (List<PooledResponse> batch : batches) {
            for (PooledResponse answer : batch) {
                store(answer, today);
                em.remove(answer);
                stored++;
            }
        }
        em.flush();
        return stored;
    }

    /**
     * Removes the dead versions of released pool rows from disk (a VACUUM of the small pool table). Runs outside any
     * transaction, as PostgreSQL requires.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void vacuum() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            statement.execute("VACUUM response_pool");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot vacuum the response pool", e);
        }
    }

    private void store(PooledResponse answer, LocalDate today) {
        PathwayVersion pathway = em.find(PathwayVersion.class,
                new PathwayVersion.Key(answer.definitionId, answer.definitionVersion));
        FeedbackResponse response = new FeedbackResponse();
        response.id = UUID.randomUUID();
        response.surveyKey = answer.surveyKey;
        response.surveyVersion = answer.surveyVersion;
        response.definitionId = answer.definitionId;
        response.definitionVersion = answer.definitionVersion;
        response.careTeam = answer.careTeam;
        if (pathway != null) {
            response.placeOfService = pathway.placeOfService;
            response.costCentre = pathway.costCentre;
            response.auraServiceClass = pathway.auraServiceClass;
            response.contactType = pathway.contactType;
        }
        response.clientSegment = answer.clientSegment;
        response.answeredOn = today;
        response.nps = answer.nps;
        response.ces = answer.ces;
        response.statements = new TreeMap<>(answer.statements);
        response.openAnswer = answer.openAnswer;
        em.persist(response);
        if (answer.removed != null) {
            AnonymiserLogEntry log = new AnonymiserLogEntry();
            log.responseId = response.id;
            log.loggedOn = today;
            log.removed = new TreeMap<>(answer.removed);
            em.persist(log);
        }

        Map<String, Object> data = new LinkedHashMap<>();
        data.put("responseId", response.id.toString());
        data.put("definitionId", response.definitionId.toString());
        data.put("definitionVersion", response.definitionVersion);
        data.put("team", response.careTeam);
        data.put("nps", response.nps);
        data.put("ces", response.ces);
        data.put("answeredOn", today.toString());
        outbox.publish("feedback.submitted", response.id.toString(), data);
    }
}
