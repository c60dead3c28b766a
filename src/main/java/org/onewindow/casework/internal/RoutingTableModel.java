package org.onewindow.casework.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Description;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.Text;
import org.onewindow.casework.RegionMatch;
import org.onewindow.casework.RoutingRule;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.i18n.Translations;

/**
 * The routing table {@code caseRouting} as DMN and as {@link RoutingRule}s, both ways. The columns are found by
 * what they read and write (inputs {@code serviceItemCode}, {@code applicantType}, {@code regionCode}; outputs
 * {@code leadDepartment}, {@code collaboratingDepartments}), not by position. Writing keeps everything of the
 * deployed table but its rules (inputs, outputs, hit policy, history time to live) and replaces the rules.
 *
 * <p>The entries the editor writes, and so reads: {@code -} (any), a string ({@code "PSB-002"}), and for the
 * region {@code regionCode != null and starts with(regionCode, "44")} (within) or
 * {@code regionCode != null and not(starts with(regionCode, "11"))} (outside), so that a case without a region code
 * (an enterprise) is neither within nor outside a region; read also without the guard, as tables had it before;
 * outputs a string or nothing (the catalog's). Anything else was written by hand in the table and is refused with
 * the rule's number rather than silently changed.
 */
final class RoutingTableModel {

    static final String DECISION_KEY = CaseRouting.DECISION_KEY;
    static final String ITEM = "serviceItemCode";
    static final String APPLICANT_TYPE = "applicantType";
    static final String REGION = "regionCode";
    static final String LEAD = "leadDepartment";
    static final String COLLABORATING = "collaboratingDepartments";

    private static final Pattern STRING = Pattern.compile("\"([^\"]*)\"");
    /** FEEL compares a non-boolean result with the input: without the guard, no region would match anything. */
    private static final String GUARD = REGION + " != null and ";
    private static final Pattern WITHIN = Pattern.compile(
            "(?:regionCode\\s*!=\\s*null\\s+and\\s+)?starts with\\(\\s*regionCode\\s*,\\s*\"(\\d{1,6})\"\\s*\\)");
    private static final Pattern OUTSIDE = Pattern.compile("(?:regionCode\\s*!=\\s*null\\s+and\\s+)?"
            + "not\\(\\s*starts with\\(\\s*regionCode\\s*,\\s*\"(\\d{1,6})\"\\s*\\)\\s*\\)");

    private RoutingTableModel() {
    }

    /** The table's hit policy as DMN names it, e.g. {@code FIRST}. */
    static String hitPolicy(DmnModelInstance model) {
        return table(model).getHitPolicy().name();
    }

    static List<RoutingRule> read(DmnModelInstance model) {
        DecisionTable table = table(model);
        Columns columns = Columns.of(table);
        List<RoutingRule> rules = new ArrayList<>();
        int number = 0;
        for (Rule rule : table.getRules()) {
            number++;
            List<InputEntry> inputs = new ArrayList<>(rule.getInputEntries());
            List<OutputEntry> outputs = new ArrayList<>(rule.getOutputEntries());
            String item = value(number, text(inputs.get(columns.item())));
            String type = value(number, text(inputs.get(columns.applicantType())));
            String region = text(inputs.get(columns.region()));
            RegionMatch match;
            String regionCode = null;
            Matcher within = WITHIN.matcher(region);
            Matcher outside = OUTSIDE.matcher(region);
            Matcher exact = STRING.matcher(region);
            if (any(region)) {
                match = RegionMatch.ANY;
            } else if (within.matches()) {
                match = RegionMatch.WITHIN;
                regionCode = regionCode(within.group(1));
            } else if (outside.matches()) {
                match = RegionMatch.OUTSIDE;
                regionCode = regionCode(outside.group(1));
            } else if (exact.matches() && exact.group(1).matches("\\d{6}")) {
                match = RegionMatch.WITHIN;
                regionCode = exact.group(1);
            } else {
                throw unreadable(number, region);
            }
            String lead = value(number, text(outputs.get(columns.lead())));
            String collaborating = value(number, text(outputs.get(columns.collaborating())));
            rules.add(new RoutingRule(item, type, match, regionCode, lead,
                    collaborating == null ? List.of()
                            : Arrays.stream(collaborating.split(",")).map(String::trim)
                                    .filter(code -> !code.isEmpty()).toList(),
                    rule.getDescription() == null ? null : blankToNull(rule.getDescription().getTextContent())));
        }
        return rules;
    }

    /** A copy of {@code deployed} with {@code rules} instead of its own. */
    static DmnModelInstance write(DmnModelInstance deployed, List<RoutingRule> rules) {
        DmnModelInstance model = deployed.clone();
        DecisionTable table = table(model);
        Columns columns = Columns.of(table);
        for (Rule old : new ArrayList<>(table.getRules())) {
            table.removeChildElement(old);
        }
        int number = 0;
        for (RoutingRule rule : rules) {
            number++;
            String id = "rule_" + number;
            Rule written = model.newInstance(Rule.class);
            written.setId(id);
            table.getRules().add(written);
            if (rule.note() != null && !rule.note().isBlank()) {
                Description description = model.newInstance(Description.class);
                description.setTextContent(rule.note().strip());
                written.setDescription(description);
            }
            String[] inputs = new String[columns.inputCount()];
            Arrays.fill(inputs, "-");
            inputs[columns.item()] = literalOrAny(rule.serviceItemCode());
            inputs[columns.applicantType()] = literalOrAny(rule.applicantType());
            inputs[columns.region()] = switch (rule.regionMatch()) {
                case ANY -> "-";
                case WITHIN -> GUARD + "starts with(" + REGION + ", " + literal(regionPrefix(rule.regionCode())) + ")";
                case OUTSIDE ->
                    GUARD + "not(starts with(" + REGION + ", " + literal(regionPrefix(rule.regionCode())) + "))";
            };
            for (int i = 0; i < inputs.length; i++) {
                InputEntry entry = model.newInstance(InputEntry.class);
                entry.setId(id + "_in_" + (i + 1));
                entry.setText(text(model, inputs[i]));
                written.getInputEntries().add(entry);
            }
            String[] outputs = new String[columns.outputCount()];
            Arrays.fill(outputs, "");
            outputs[columns.lead()] = rule.leadDepartmentCode() == null ? "" : literal(rule.leadDepartmentCode());
            outputs[columns.collaborating()] = rule.collaboratingDepartmentCodes().isEmpty() ? ""
                    : literal(String.join(",", rule.collaboratingDepartmentCodes()));
            for (int i = 0; i < outputs.length; i++) {
                OutputEntry entry = model.newInstance(OutputEntry.class);
                entry.setId(id + "_out_" + (i + 1));
                entry.setText(text(model, outputs[i]));
                written.getOutputEntries().add(entry);
            }
        }
        return model;
    }

    /**
     * The code prefix a region stands for: a province's first two digits, a city's four, a district's six
     * ({@code 440000} → {@code 44}, {@code 440300} → {@code 4403}).
     */
    static String regionPrefix(String regionCode) {
        String prefix = regionCode;
        while (prefix.length() > 2 && prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return prefix;
    }

    /** The region a code prefix stands for ({@code 44} → {@code 440000}). */
    static String regionCode(String prefix) {
        return (prefix + "000000").substring(0, 6);
    }

    static DecisionTable table(DmnModelInstance model) {
        Decision decision = model.getModelElementById(DECISION_KEY);
        if (decision == null || !(decision.getExpression() instanceof DecisionTable table)) {
            throw new IllegalStateException("The routing table has no decision table '" + DECISION_KEY + "'");
        }
        return table;
    }

    private record Columns(int item, int applicantType, int region, int inputCount, int lead, int collaborating,
            int outputCount) {

        static Columns of(DecisionTable table) {
            List<String> inputs = table.getInputs().stream().map(Columns::expression).toList();
            List<String> outputs = table.getOutputs().stream().map(Output::getName).toList();
            return new Columns(index(inputs, ITEM), index(inputs, APPLICANT_TYPE), index(inputs, REGION),
                    inputs.size(), index(outputs, LEAD), index(outputs, COLLABORATING), outputs.size());
        }

        private static String expression(Input input) {
            return input.getInputExpression() == null || input.getInputExpression().getText() == null ? ""
                    : input.getInputExpression().getText().getTextContent().trim();
        }

        private static int index(List<String> columns, String name) {
            int index = columns.indexOf(name);
            if (index < 0) {
                throw new IllegalStateException("The routing table has no column '" + name + "': " + columns);
            }
            return index;
        }
    }

    private static String text(InputEntry entry) {
        return entry.getText() == null ? "" : entry.getText().getTextContent().trim();
    }

    private static String text(OutputEntry entry) {
        return entry.getText() == null ? "" : entry.getText().getTextContent().trim();
    }

    private static Text text(DmnModelInstance model, String content) {
        Text text = model.newInstance(Text.class);
        text.setTextContent(content);
        return text;
    }

    private static boolean any(String entry) {
        return entry.isEmpty() || "-".equals(entry);
    }

    /** A string entry's value, {@code null} for any or an empty output. */
    private static String value(int number, String entry) {
        if (any(entry)) {
            return null;
        }
        Matcher string = STRING.matcher(entry);
        if (!string.matches()) {
            throw unreadable(number, entry);
        }
        return blankToNull(string.group(1));
    }

    private static String literalOrAny(String value) {
        return value == null ? "-" : literal(value);
    }

    private static String literal(String value) {
        if (value.contains("\"") || value.contains("\\")) {
            throw new IllegalArgumentException("Not a code: " + value);
        }
        return "\"" + value + "\"";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static BusinessRuleException unreadable(int number, String entry) {
        return new BusinessRuleException(Translations.current("casework.routing.unreadable", number, entry));
    }

    /** The rules as one readable text, for the audit log (codes, not names: the log is read long after). */
    static String readable(List<RoutingRule> rules) {
        if (rules.isEmpty()) {
            return "—";
        }
        List<String> lines = new ArrayList<>();
        int number = 0;
        for (RoutingRule rule : rules) {
            number++;
            lines.add(number + ". " + readable(rule));
        }
        return String.join("; ", lines);
    }

    static String readable(RoutingRule rule) {
        String region = switch (rule.regionMatch()) {
            case ANY -> "any region";
            case WITHIN -> "region in " + rule.regionCode();
            case OUTSIDE -> "region not in " + rule.regionCode();
        };
        return orAny(rule.serviceItemCode(), "any item") + ", " + orAny(rule.applicantType(), "any applicant") + ", "
                + region + " → lead " + orAny(rule.leadDepartmentCode(), "catalog's") + ", collaborating "
                + (rule.collaboratingDepartmentCodes().isEmpty() ? "catalog's"
                        : String.join(",", rule.collaboratingDepartmentCodes()));
    }

    private static String orAny(String value, String any) {
        return value == null ? any : value;
    }

    /** The ids of the table's rules in order, to number the rule the engine reports as matching. */
    static List<String> ruleIds(DmnModelInstance model) {
        Collection<Rule> rules = table(model).getRules();
        return rules.stream().map(Rule::getId).collect(Collectors.toList());
    }
}
