package fi.digipolku.feedback.response;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An answer, unlinkable to the person: a new random id, no request id, only the day it was stored (with its batch,
 * see {@link ResponsePool}), an age group, the pathway's service-event metadata and the answers with the open text
 * already anonymised. The day of the request is not kept ({@code requested_on} stays empty): with the pathway it would
 * pair the response with its request wherever few clients are asked.
 */
@Entity
@Table(name = "feedback_response")
public class FeedbackResponse {

    @Id
    public UUID id;

    public String surveyKey;

    public int surveyVersion;

    public UUID definitionId;

    public int definitionVersion;

    public String careTeam;

    public String placeOfService;

    public String costCentre;

    public String auraServiceClass;

    public String contactType;

    public String clientSegment;

    public LocalDate answeredOn;

    public Integer nps;

    public Integer ces;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Integer> statements;

    public String openAnswer;
}
