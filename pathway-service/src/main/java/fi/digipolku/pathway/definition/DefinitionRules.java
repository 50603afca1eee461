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

/** Rules a definition must meet to be published, all checked at once so an admin sees every error together. */
public final class DefinitionRules {

    private static final String REQUIRED = "is required to publish";

    private DefinitionRules() {
    }

    public static List<FieldError> publishErrors(DefinitionContent content) {
        List<FieldError> errors = new ArrayList<>();
        if (content.name() == null || blank(content.name().get("fi"))) {
            errors.add(new FieldError("name.fi", "a Finnish name is required to publish"));
        }
        if (content.kind() == PathwayKind.SELF_CARE && content.messagingEnabled()) {
            errors.add(new FieldError("messagingEnabled",
                    "a self-care pathway has no care-team follow-up, so it cannot offer messaging"));
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
            errors.add(new FieldError("modules", "at least one module is required to publish"));
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < content.modules().size(); i++) {
            ContentModule module = content.modules().get(i);
            String at = "modules[" + i + "]";
            if (!keys.add(module.key())) {
                errors.add(new FieldError(at + ".key", "is used by another module"));
            }
            if (content.durationDays() != null && module.dayOffset() >= content.durationDays()) {
                errors.add(new FieldError(at + ".dayOffset", "must fall within the pathway's " + content.durationDays()
                        + " days"));
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
                "QUESTIONNAIRE and RISK_TEST", errors);
        only(module.measurement() != null, type == ModuleType.MEASUREMENT, at + ".measurement", "MEASUREMENT",
                errors);
        only(module.diary() != null, type == ModuleType.DIARY, at + ".diary", "DIARY", errors);
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

    private static void only(boolean present, boolean allowed, String field, String types, List<FieldError> errors) {
        if (present && !allowed) {
            errors.add(new FieldError(field, "belongs to " + types + " modules only"));
        }
    }

    private static void questionnaire(QuestionnaireSpec spec, ModuleType type, String at, List<FieldError> errors) {
        if (spec == null) {
            errors.add(new FieldError(at, REQUIRED));
            return;
        }
        if (spec.items().isEmpty()) {
            errors.add(new FieldError(at + ".items", "at least one item is required to publish"));
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < spec.items().size(); i++) {
            QuestionnaireItem item = spec.items().get(i);
            String field = at + ".items[" + i + "]";
            if (!keys.add(item.key())) {
                errors.add(new FieldError(field + ".key", "is used by another item"));
            }
            if (item.text() == null || blank(item.text().get("fi"))) {
                errors.add(new FieldError(field + ".text.fi", REQUIRED));
            }
            item(item, field, errors);
        }
        if (type == ModuleType.RISK_TEST && spec.bands().isEmpty()) {
            errors.add(new FieldError(at + ".bands", "a risk test needs interpretation bands"));
        }
        List<Band> bands = new ArrayList<>(spec.bands());
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).min() >= bands.get(i).max()) {
                errors.add(new FieldError(at + ".bands[" + i + "]", "min must be below max"));
            }
        }
        bands.sort(Comparator.comparingDouble(Band::min));
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).min() < bands.get(i - 1).max()) {
                errors.add(new FieldError(at + ".bands", "bands " + bands.get(i - 1).key() + " and "
                        + bands.get(i).key() + " overlap"));
            }
        }
    }

    private static void item(QuestionnaireItem item, String field, List<FieldError> errors) {
        boolean choice = item.type() == ItemType.SINGLE_CHOICE || item.type() == ItemType.MULTIPLE_CHOICE;
        if (choice) {
            if (item.options().size() < 2) {
                errors.add(new FieldError(field + ".options", "a choice needs at least two options"));
            }
            Set<String> optionKeys = new HashSet<>();
            for (AnswerOption option : item.options()) {
                if (!optionKeys.add(option.key())) {
                    errors.add(new FieldError(field + ".options", "option " + option.key() + " appears twice"));
                }
            }
        } else if (!item.options().isEmpty()) {
            errors.add(new FieldError(field + ".options", "only choice items have options"));
        }
        if (item.type() == ItemType.SCALE && (item.min() == null || item.max() == null)) {
            errors.add(new FieldError(field, "a scale needs min and max"));
        }
        if (item.min() != null && item.max() != null && item.min() > item.max()) {
            errors.add(new FieldError(field + ".min", "must not exceed max"));
        }
    }

    private static void measurement(MeasurementSpec spec, String at, Integer durationDays, List<FieldError> errors) {
        if (spec == null) {
            errors.add(new FieldError(at, REQUIRED));
            return;
        }
        if (spec.type() == MeasurementType.OTHER && (blank(spec.loinc()) || blank(spec.unit()))) {
            errors.add(new FieldError(at, "an OTHER measurement needs its LOINC code and unit"));
        }
        ranges(spec.plausible(), spec.type(), at + ".plausible", errors);
        ranges(spec.alert(), spec.type(), at + ".alert", errors);
        Schedule schedule = spec.schedule();
        if (schedule == null) {
            errors.add(new FieldError(at + ".schedule", REQUIRED));
            return;
        }
        if ((schedule.everyNDays() == null) == (schedule.timesPerWeek() == null)) {
            errors.add(new FieldError(at + ".schedule", "give either everyNDays or timesPerWeek"));
        }
        if (schedule.untilDay() != null && schedule.untilDay() < schedule.fromDay()) {
            errors.add(new FieldError(at + ".schedule.untilDay", "must not be before fromDay"));
        }
        if (durationDays != null && schedule.fromDay() >= durationDays) {
            errors.add(new FieldError(at + ".schedule.fromDay", "must fall within the pathway"));
        }
    }

    private static void ranges(Map<String, ValueRange> ranges, MeasurementType type, String at,
            List<FieldError> errors) {
        ranges.forEach((component, range) -> {
            if (!type.components().contains(component)) {
                errors.add(new FieldError(at + "." + component, "is not a value of " + type));
            } else if (range == null || !range.ordered()) {
                errors.add(new FieldError(at + "." + component, "min must not exceed max"));
            }
        });
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
