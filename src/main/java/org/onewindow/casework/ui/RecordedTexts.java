package org.onewindow.casework.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.onewindow.casework.CaseEvent;
import org.onewindow.shared.i18n.Translations;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Texts the services wrote into a case's record (deadline events, reassignments, the standard remarks of a
 * step) are stored in the language of whoever caused them, English for the deadline timers. A reader sees
 * them in their own language: a recorded text that is one of our patterns, in either language, is written
 * again from that pattern with the same arguments. Anything else (what people typed) is shown as recorded.
 */
final class RecordedTexts {

    /** Keys of the texts each kind of case event is recorded with; the more specific pattern first. */
    static final Map<CaseEvent.Kind, List<String>> EVENT_KEYS = Map.of(
            CaseEvent.Kind.AT_RISK, List.of("casework.event.atRisk"),
            CaseEvent.Kind.ESCALATED, List.of("casework.event.escalatedUnclaimed", "casework.event.escalated"),
            CaseEvent.Kind.REASSIGNED, List.of("casework.event.reassigned", "casework.event.reassignedUnclaimed"),
            CaseEvent.Kind.TRANSFERRED, List.of("casework.event.transferred"),
            CaseEvent.Kind.LOOKUP_CODE_REISSUED, List.of("casework.event.lookupCodeReissued"));

    /** Keys of the remarks the services record as a step's opinion when nobody wrote one. */
    static final List<String> OPINION_KEYS = List.of("casework.opinion.accepted", "casework.opinion.approved",
            "casework.opinion.deliveredWithRemark", "casework.opinion.delivered", "casework.opinion.returnedWithNote",
            "casework.opinion.returned", "casework.opinion.materialsReceived", "casework.opinion.asked");

    private static final String BUNDLE = "i18n/casework";
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");
    private static final Map<String, Optional<Matching>> PATTERNS = new ConcurrentHashMap<>();

    private RecordedTexts() {
    }

    static String eventDetail(CaseEvent event) {
        return event.detail() == null ? ""
                : inReadersLanguage(event.detail(), EVENT_KEYS.getOrDefault(event.kind(), List.of()));
    }

    static String opinionText(String text) {
        return text == null ? "" : inReadersLanguage(text, OPINION_KEYS);
    }

    /** {@code recorded} in the screen's language when it matches one of {@code keys} in a language we have. */
    static String inReadersLanguage(String recorded, List<String> keys) {
        for (String key : keys) {
            for (Locale language : Translations.LOCALES) {
                Optional<Object[]> arguments = matching(language, key)
                        .flatMap(matching -> matching.arguments(recorded));
                if (arguments.isPresent()) {
                    return I18NProvider.translate(key, arguments.get());
                }
            }
        }
        return recorded;
    }

    private static Optional<Matching> matching(Locale language, String key) {
        return PATTERNS.computeIfAbsent(language.toLanguageTag() + " " + key, ignored -> {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return bundle.containsKey(key) ? Optional.of(Matching.of(bundle.getString(key))) : Optional.empty();
        });
    }

    /** A MessageFormat pattern turned into a regular expression that gives back its arguments. */
    private record Matching(Pattern pattern, List<Integer> argumentIndexes, int argumentCount) {

        static Matching of(String messageFormat) {
            StringBuilder regex = new StringBuilder("^");
            List<Integer> indexes = new ArrayList<>();
            Matcher argument = ARGUMENT.matcher(messageFormat);
            int at = 0;
            while (argument.find()) {
                regex.append(literal(messageFormat.substring(at, argument.start()))).append("(.+?)");
                indexes.add(Integer.parseInt(argument.group(1)));
                at = argument.end();
            }
            regex.append(literal(messageFormat.substring(at))).append('$');
            int count = indexes.stream().mapToInt(index -> index + 1).max().orElse(0);
            return new Matching(Pattern.compile(regex.toString(), Pattern.DOTALL), indexes, count);
        }

        private static String literal(String text) {
            // MessageFormat writes a quote as two; our patterns quote nothing else.
            return text.isEmpty() ? "" : Pattern.quote(text.replace("''", "'"));
        }

        Optional<Object[]> arguments(String recorded) {
            Matcher matcher = pattern.matcher(recorded);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            Object[] arguments = new Object[argumentCount];
            for (int group = 0; group < argumentIndexes.size(); group++) {
                arguments[argumentIndexes.get(group)] = matcher.group(group + 1);
            }
            return Optional.of(arguments);
        }
    }
}
