package org.pepiniere.deploy.browser;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/** Runs axe-core in the page against WCAG 2.1 A and AA; a serious or critical violation fails the journey. */
final class Accessibility {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> FAILING = Set.of("serious", "critical");

    private Accessibility() {
    }

    static Audit audit(Page page, String journey, String pageName) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        if (results.isErrored()) {
            throw new AssertionError("axe could not check " + pageName + " of " + journey + ": " + results.getErrorMessage());
        }
        List<Violation> violations = results.getViolations().stream().map(Accessibility::violation).toList();
        return new Audit(journey, pageName, page.url(), violations, results.getPasses().size());
    }

    private static Violation violation(Rule rule) {
        List<String> targets = rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
        return new Violation(rule.getId(), rule.getImpact() == null ? "unknown" : rule.getImpact(), rule.getHelp(), targets);
    }

    record Violation(String rule, String impact, String help, List<String> targets) {

        boolean failing() {
            return FAILING.contains(impact);
        }

        @Override
        public String toString() {
            return impact + " " + rule + " (" + help + ") at " + String.join(", ", targets);
        }
    }

    /** One page's result, as the report shows it. */
    record Audit(String journey, String pageName, String url, List<Violation> violations, int passes) {

        List<Violation> failing() {
            return violations.stream().filter(Violation::failing).toList();
        }

        long count(String impact) {
            return violations.stream().filter(v -> v.impact().equals(impact)).count();
        }

        String failureMessage() {
            return "axe found " + failing().size() + " serious or critical violation(s) on " + pageName + " (" + url + ") in "
                    + journey + ":\n  " + failing().stream().map(Violation::toString).collect(Collectors.joining("\n  "));
        }
    }
}
