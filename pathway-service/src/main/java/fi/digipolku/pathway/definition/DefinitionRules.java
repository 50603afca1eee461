package fi.digipolku.pathway.definition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fi.digipolku.pathway.content.AnswerOption;
import fi.digipolku.pathway.content.Band;
import fi.digipolku.pathway.content.ContentModule;
import fi.digipolku.pathway.content.ItemType;
import fi.digipolku.pathway.content.MeasurementSpec;
import fi.digipolku.pathway.content.MeasurementType;
import fi.digipolku.pathway.content.ModuleType;
import fi.digipolku.pathway.content.QuestionnaireItem;
import fi.digipolku.pathway.content.QuestionnaireSpec;
import fi.digipolku.pathway.content.Schedule;
import fi.digipolku.pathway.content.ValueRange;
import fi.digipolku.support.problem.FieldError;
import fi.digipolku.support.problem.Messages;

/** Rules a definition must meet to be published, all checked at once so an admin sees every error together. */
public final class DefinitionRules {

    private static final String REQUIRED = "definition.required-to-publish";
    /** The Finnish name, the one a published pathway must have. */
    private static final String FINNISH_NAME = "name.fi";

    private DefinitionRules() {
    }

    public static List<FieldError> publishErrors(DefinitionContent content) {
        List<FieldError> errors = new ArrayList<>();
        if (content.name() == null || blank(content.name().get("fi"))) {
            errors.add(new FieldError(FINNISH_NAME, "definition.finnish-name-required"));
        }
        if (content.kind() == PathwayKind.SELF_CARE && content.messagingEnabled()) {
            errors.add(new FieldError("messagingEnabled", "definition.self-care-no-messaging"));
        }
        if (blank(content.owningUnit())) {
            errors.add(new FieldError("owningUnit", REQUIRED));
        }
        if (blank(content.responsiblePerson())) {
            errors.add(new FieldError("responsiblePerson", REQUIRED));
        }
        if (content.feedbackTiming() == null) {
            errors.add(new FieldError("feedbackTiming", REQUIRED));
        }
        serviceEvent(content.serviceEvent(), errors);
        if (content.modules().isEmpty()) {
            errors.add(new FieldError("modules", "definition.module-required"));
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < content.modules().size(); i++) {
            ContentModule module = content.modules().get(i);
            String at = "modules[" + i + "]";
            if (!keys.add(module.key())) {
                errors.add(new FieldError(at + ".key", "definition.module-key-taken"));
            }
            if (content.durationDays() != null && module.dayOffset() >= content.durationDays()) {
                errors.add(new FieldError(at + ".dayOffset",
                        Messages.text("definition.day-beyond-duration", content.durationDays().toString())));
            }
            module(module, at, content.durationDays(), errors);
        }
        return errors;
    }

    /** Whether new enrollments may start on a definition in this status. */
    public static boolean acceptsEnrollments(DefinitionStatus status) {
        return status == DefinitionStatus.PUBLISHED;
    }

    private static void serviceEvent(ServiceEvent event, List<FieldError> errors) {
        if (event == null) {
            errors.add(new FieldError("serviceEvent", REQUIRED));
            return;
        }
        if (blank(event.placeOfService())) {
            errors.add(new FieldError("serviceEvent.placeOfService", REQUIRED));
        }
        if (blank(event.costCentre())) {
            errors.add(new FieldError("serviceEvent.costCentre", REQUIRED));
        }
        if (blank(event.auraServiceClass())) {
            errors.add(new FieldError("serviceEvent.auraServiceClass", REQUIRED));
        }
        if (blank(event.contactType())) {
            errors.add(new FieldError("serviceEvent.contactType", REQUIRED));
        }
    }

    private static void module(ContentModule module, String at, Integer durationDays, List<FieldError> errors) {
        ModuleType type = module.type();
        if (blank(module.title().get("fi"))) {
            errors.add(new FieldError(at + ".title.fi", REQUIRED));
        }
        switch (type) {
            case INFO, INSTRUCTION, REMINDER -> {
                if (blank(module.body().get("fi"))) {
                    errors.add(new FieldError(at + ".body.fi", REQUIRED));
                }
            }
            default -> {
            }
        }
        only(module.questionnaire() != null, type.isQuestionnaire(), at + ".questionnaire",
                Messages.text("definition.questionnaire-modules-only"), errors);
        only(module.measurement() != null, type == ModuleType.MEASUREMENT, at + ".measurement",
                Messages.text("definition.modules-of-type-only", "MEASUREMENT"), errors);
        only(module.diary() != null, type == ModuleType.DIARY, at + ".diary",
                Messages.text("definition.modules-of-type-only", "DIARY"), errors);
        if (type.isQuestionnaire()) {
            questionnaire(module.questionnaire(), type, at + ".questionnaire", errors);
        }
        if (type == ModuleType.MEASUREMENT) {
            measurement(module.measurement(), at + ".measurement", durationDays, errors);
        }
        if (type == ModuleType.DIARY && module.diary() == null) {
            errors.add(new FieldError(at + ".diary", REQUIRED));
        }
    }

    private static void only(boolean present, boolean allowed, String field, String message,
            List<FieldError> errors) {
        if (present && !allowed) {
            errors.add(new FieldError(field, message));
        }
    }

    private static void questionnaire(QuestionnaireSpec spec, ModuleType type, String at, List<FieldError> errors) {
        if (spec == null) {
            errors.add(new FieldError(at, REQUIRED));
            return;
        }
        if (spec.items().isEmpty()) {
            errors.add(new FieldError(at + ".items", "definition.item-required"));
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < spec.items().size(); i++) {
            QuestionnaireItem item = spec.items().get(i);
            String field = at + ".items[" + i + "]";
            if (!keys.add(item.key())) {
                errors.add(new FieldError(field + ".key", "definition.item-key-taken"));
            }
            if (item.text() == null || blank(item.text().get("fi"))) {
                errors.add(new FieldError(field + ".text.fi", REQUIRED));
            }
            item(item, field, errors);
        }
        if (type == ModuleType.RISK_TEST && spec.bands().isEmpty()) {
            errors.add(new FieldError(at + ".bands", "definition.risk-test-bands-required"));
        }
        List<Band> bands = new ArrayList<>(spec.bands());
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).min() >= bands.get(i).max()) {
                errors.add(new FieldError(at + ".bands[" + i + "]", "definition.band-empty"));
            }
        }
        bands.sort(Comparator.comparingDouble(Band::min));
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).min() < bands.get(i - 1).max()) {
                errors.add(new FieldError(at + ".bands",
                        Messages.text("definition.bands-overlap", bands.get(i - 1).key(), bands.get(i).key())));
            }
        }
    }

    private static void item(QuestionnaireItem item, String field, List<FieldError> errors) {
        boolean choice = item.type() == ItemType.SINGLE_CHOICE || item.type() == ItemType.MULTIPLE_CHOICE;
        if (choice) {
            if (item.options().size() < 2) {
                errors.add(new FieldError(field + ".options", "definition.choice-options-required"));
            }
            Set<String> optionKeys = new HashSet<>();
            for (AnswerOption option : item.options()) {
                if (!optionKeys.add(option.key())) {
                    errors.add(
                            new FieldError(field + ".options", Messages.text("definition.option-twice", option.key())));
                }
            }
        } else if (!item.options().isEmpty()) {
            errors.add(new FieldError(field + ".options", "definition.options-only-for-choice"));
        }
        if (item.type() == ItemType.SCALE && (item.min() == null || item.max() == null)) {
            errors.add(new FieldError(field, "definition.scale-range-required"));
        }
        if (item.min() != null && item.max() != null && item.min() > item.max()) {
            errors.add(new FieldError(field + ".min", "definition.min-above-max"));
        }
    }

    private static void measurement(MeasurementSpec spec, String at, Integer durationDays, List<FieldError> errors) {
        if (spec == null) {
            errors.add(new FieldError(at, REQUIRED));
            return;
        }
        if (spec.type() == MeasurementType.OTHER && (blank(spec.loinc()) || blank(spec.unit()))) {
            errors.add(new FieldError(at, "definition.other-measurement-incomplete"));
        }
        ranges(spec.plausible(), spec.type(), at + ".plausible", errors);
        ranges(spec.alert(), spec.type(), at + ".alert", errors);
        Schedule schedule = spec.schedule();
        if (schedule == null) {
            errors.add(new FieldError(at + ".schedule", REQUIRED));
            return;
        }
        if ((schedule.everyNDays() == null) == (schedule.timesPerWeek() == null)) {
            errors.add(new FieldError(at + ".schedule", "definition.schedule-frequency"));
        }
        if (schedule.untilDay() != null && schedule.untilDay() < schedule.fromDay()) {
            errors.add(new FieldError(at + ".schedule.untilDay", "definition.schedule-until-before-from"));
        }
        if (durationDays != null && schedule.fromDay() >= durationDays) {
            errors.add(new FieldError(at + ".schedule.fromDay", "definition.schedule-beyond-duration"));
        }
    }

    private static void ranges(Map<String, ValueRange> ranges, MeasurementType type, String at,
            List<FieldError> errors) {
        ranges.forEach((component, range) -> {
            if (!type.components().contains(component)) {
                errors.add(new FieldError(at + "." + component, Messages.text("definition.not-a-value-of", type)));
            } else if (range == null || !range.ordered()) {
                errors.add(new FieldError(at + "." + component, "definition.range-min-above-max"));
            }
        });
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
