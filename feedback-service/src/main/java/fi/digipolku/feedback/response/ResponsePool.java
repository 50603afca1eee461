package fi.digipolku.feedback.response;

import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.digipolku.events.FeedbackEvents;
import fi.digipolku.events.FeedbackEvents.FeedbackSubmitted;
import fi.digipolku.feedback.FeedbackConfig;
import fi.digipolku.feedback.pathway.PathwayVersion;
import fi.digipolku.feedback.pathway.PathwayVersionRepository;
import fi.digipolku.support.outbox.Outbox;

/**
 * Keeps answers apart from their requests until they can be stored anonymously.
 *
 * <p>
 * Answering a request and storing the response in one transaction would give both rows the same PostgreSQL
 * transaction id ({@code xmin}), neighbouring positions on disk and matching times: an auditor joining on any of them
 * would pair every response with its client. So the answer transaction only marks the request answered and puts the
 * answer here. That transaction gives the pool row the request's {@code xmin} in turn, so the pool keeps in clear only
 * what grouping needs and seals the rest ({@link PoolCipher}, fixed length); a row that cannot be unsealed (the key
 * changed) stays in the pool and only its id is logged. {@link #release()} later stores whole batches of one pathway
 * ({@link Batching}) in random order, each with a new random id and the release day as its answered day, writes their
 * anonymiser log and {@code feedback.submitted} events, and deletes the pool rows, all in one transaction: a crash
 * before the commit leaves the pool as it was, after it the batch is stored exactly once. {@link #vacuum()} then
 * removes the deleted rows' dead versions from disk.
 *
 * <p>
 * Pooled answers are in no report, export or event until released: counting them would let anyone who watches a
 * figure change see one client's answer.
 */
@ApplicationScoped
public class ResponsePool {

    private static final Logger LOG = Logger.getLogger(ResponsePool.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PooledResponseRepository pool;
    private final FeedbackResponseRepository responses;
    private final AnonymiserLogRepository anonymiserLog;
    private final PathwayVersionRepository pathways;
    private final Outbox outbox;
    private final FeedbackConfig config;
    private final Clock clock;
    private final DataSource dataSource;
    private final PoolCipher cipher;
    private final SecureRandom random = new SecureRandom();

    public ResponsePool(PooledResponseRepository pool, FeedbackResponseRepository responses,
            AnonymiserLogRepository anonymiserLog, PathwayVersionRepository pathways, Outbox outbox,
            FeedbackConfig config, Clock clock, DataSource dataSource, PoolCipher cipher) {
        this.pool = pool;
        this.responses = responses;
        this.anonymiserLog = anonymiserLog;
        this.pathways = pathways;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
        this.dataSource = dataSource;
        this.cipher = cipher;
    }

    /** Puts an answer in the pool, its content sealed, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(PooledResponse answer, PoolContent content) {
        answer.id = UUID.randomUUID();
        answer.pooledOn = LocalDate.ofInstant(clock.instant(), config.zone());
        answer.sealed = cipher.seal(content);
        pool.persist(answer);
    }

    /**
     * Seals the answers pooled before the pool was sealed (left by migration V4 in {@code response_pool_unsealed}) into
     * the pool in random order and drops their table, in one transaction. Does nothing when there is none.
     */
    @Transactional
    public void sealUnsealed() {
        if (!pool.unsealedLeft()) {
            return;
        }
        List<PooledResponseRepository.UnsealedRow> rows = pool.unsealedInRandomOrder();
        for (PooledResponseRepository.UnsealedRow row : rows) {
            PooledResponse answer = new PooledResponse();
            answer.id = UUID.randomUUID();
            answer.pooledOn = row.pooledOn();
            answer.surveyKey = row.surveyKey();
            answer.surveyVersion = row.surveyVersion();
            answer.definitionId = row.definitionId();
            answer.definitionVersion = row.definitionVersion();
            answer.careTeam = row.careTeam();
            answer.sealed = cipher.seal(new PoolContent(row.nps(), row.ces(), counts(row.statements()),
                    row.clientSegment(), row.openAnswer(), counts(row.removed())));
            pool.persist(answer);
        }
        pool.flush();
        pool.dropUnsealed();
        LOG.infof("Feedback pool: %d answers pooled before sealing are now sealed", rows.size());
    }

    /**
     * Seals again, in one block under a new id, each pooled answer sealed to another length (a version before the
     * one-block rule sealed a long answer of emoji in two): its length alone would set it apart from the rest. An answer
     * that cannot be unsealed stays as it is, and only its id is logged.
     */
    @Transactional
    public int resealUneven() {
        int resealed = 0;
        for (PooledResponse uneven : pool.sealedToOtherLength(PoolCipher.SEALED_LENGTH)) {
            PoolContent content;
            try {
                content = cipher.unseal(uneven.sealed);
            } catch (IllegalStateException unreadable) {
                LOG.warnf("Feedback pool: answer %s cannot be unsealed; it stays as it is", uneven.id);
                continue;
            }
            PooledResponse answer = uneven.underNewId();
            try {
                answer.sealed = cipher.seal(content);
            } catch (IllegalArgumentException tooLong) {
                LOG.warnf("Feedback pool: answer %s does not fit one block; it stays as it is", uneven.id);
                continue;
            }
            pool.delete(uneven);
            pool.persist(answer);
            resealed++;
        }
        if (resealed > 0) {
            LOG.infof("Feedback pool: %d answers sealed again to the one length", resealed);
        }
        return resealed;
    }

    /**
     * Stores the batches that are due and removes them from the pool.
     *
     * @return how many responses were stored
     */
    @Transactional
    public int release() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), config.zone());
        List<PooledResponse> pooled = pool.lockAll();
        List<Batching.Pooled<Unsealed>> waiting = new ArrayList<>();
        for (PooledResponse p : pooled) {
            try {
                waiting.add(new Batching.Pooled<>(new Unsealed(p, cipher.unseal(p.sealed)),
                        List.of(p.definitionId, p.careTeam), p.pooledOn));
            } catch (IllegalStateException unreadable) {
                LOG.warnf("Pooled answer %s cannot be unsealed with the current pool key; it stays in the pool", p.id);
            }
        }
        List<List<Unsealed>> batches = Batching.due(waiting, today, config.pool().minBatch(),
                config.pool().maxWait().toDays(), random);
        int stored = 0;
        for (List<Unsealed> batch : batches) {
            for (Unsealed answer : batch) {
                store(answer.row(), answer.content(), today);
                pool.delete(answer.row());
                stored++;
            }
        }
        pool.flush();
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

    private record Unsealed(PooledResponse row, PoolContent content) {
    }

    private static Map<String, Integer> counts(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, new TypeReference<TreeMap<String, Integer>>() {
            });
        } catch (IOException e) {
            throw new IllegalStateException("a pooled answer has unreadable counts", e);
        }
    }

    private void store(PooledResponse answer, PoolContent content, LocalDate today) {
        PathwayVersion pathway = pathways.version(answer.definitionId, answer.definitionVersion);
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
        response.clientSegment = content.clientSegment();
        response.answeredOn = today;
        response.nps = content.nps();
        response.ces = content.ces();
        response.statements = new TreeMap<>(content.statements());
        // answers pooled before control characters were refused may hold a NUL, which PostgreSQL cannot store and
        // which would hold back every batch after it
        response.openAnswer = AnswerRules.withoutControlCharacters(content.openAnswer());
        responses.persist(response);
        if (content.removed() != null) {
            AnonymiserLogEntry log = new AnonymiserLogEntry();
            log.responseId = response.id;
            log.loggedOn = today;
            log.removed = new TreeMap<>(content.removed());
            anonymiserLog.persist(log);
        }

        outbox.publish(FeedbackEvents.FEEDBACK_SUBMITTED, response.id.toString(), new FeedbackSubmitted(response.id,
                response.definitionId, response.definitionVersion, response.careTeam, response.nps, response.ces,
                today));
    }
}
