package fi.digipolku.feedback.response;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An answer waiting in the pool until it is stored as a {@link FeedbackResponse} together with others of its pathway.
 * Its id is its own and is never copied; the day it was pooled only decides how long it has waited. Only what grouping
 * needs is in clear; what the answer says is {@link #sealed} ({@link PoolCipher}), so a pool row that a system column
 * ties to its request shows nothing of the answer.
 */
@Entity
@Table(name = "response_pool")
public class PooledResponse {

    @Id
    public UUID id;

    public LocalDate pooledOn;

    public String surveyKey;

    public int surveyVersion;

    public UUID definitionId;

    public int definitionVersion;

    public String careTeam;

    /** The {@link PoolContent}, sealed with the pool key. */
    public byte[] sealed;

    /** The same answer's grouping under a new random id, not yet sealed. */
    PooledResponse underNewId() {
        PooledResponse copy = new PooledResponse();
        copy.id = UUID.randomUUID();
        copy.pooledOn = pooledOn;
        copy.surveyKey = surveyKey;
        copy.surveyVersion = surveyVersion;
        copy.definitionId = definitionId;
        copy.definitionVersion = definitionVersion;
        copy.careTeam = careTeam;
        return copy;
    }
}
