package fi.digipolku.messaging.promise;

/** The unit a service promise is stated in. */
public enum PromiseUnit {
    /** Hours of the team's working time. */
    WORKING_HOURS,
    /** Working days, each as long as the team's working day; counted from the moment of contact, not by date. */
    WORKING_DAYS
}
