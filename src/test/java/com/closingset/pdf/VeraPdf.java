package com.closingset.pdf;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** veraPDF, the PDF/A reference validator, judging a file against PDF/A-1b. */
public final class VeraPdf {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /**
     * The rules {@code pdf} breaks, one line each as "clause-test (n times): description", in
     * clause order; empty when the file conforms.
     */
    public static List<String> pdfA1bViolations(byte[] pdf) throws Exception {
        PDFAFlavour flavour = PDFAFlavour.PDFA_1_B;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) {
                return List.of();
            }
            Map<String, String> descriptions = new TreeMap<>();
            for (TestAssertion failure : result.getTestAssertions()) {
                descriptions.putIfAbsent(name(failure.getRuleId()), failure.getMessage());
            }
            Map<String, String> violations = new TreeMap<>();
            result.getFailedChecks().forEach((rule, times) -> violations.put(name(rule),
                    name(rule) + " (" + times + (times == 1 ? " time" : " times") + "): " + descriptions.get(name(rule))));
            // A non-compliant result with no failed check (a parse that gave up) must not read as a pass.
            return violations.isEmpty() ? List.of("not compliant: " + result.getJobEndStatus()) : List.copyOf(violations.values());
        }
    }

    private static String name(RuleId rule) {
        return rule.getClause() + "-" + rule.getTestNumber();
    }
}
