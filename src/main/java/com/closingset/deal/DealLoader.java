package com.closingset.deal;

import com.closingset.figures.FigureCalculator;
import com.closingset.figures.FigureException;
import com.closingset.figures.Figures;
import com.closingset.kit.Kit;
import com.closingset.kit.Kits;
import com.closingset.kit.ValuePath;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a deal file into a validated {@link Deal}: the kit it names (or the only one), its fields as
 * the kit's schema types them, its figures, and the kit's rules. Every problem is a one-line
 * {@link InputException}.
 */
public final class DealLoader {
    private static final Pattern DEAL_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final String EXPECTED = "a deal model (see deal/capstone-2007.yaml)";

    private final Kits kits;
    private final TextCheck textCheck;

    public DealLoader(Kits kits) {
        this(kits, TextCheck.NONE);
    }

    /** @param textCheck asked of every text value of the deal once it is read */
    public DealLoader(Kits kits, TextCheck textCheck) {
        this.kits = kits;
        this.textCheck = textCheck;
    }

    /** Loads the file; {@code shownName} is how messages name it (the path the user typed). */
    public Deal load(Path file, String shownName) throws InputException {
        return YamlFile.read(file, shownName, EXPECTED, top -> load(top, shownName));
    }

    /** Loads a deal file's bytes, already read (to be hashed: the deal built is then the one its hash names). */
    public Deal load(byte[] bytes, String shownName) throws InputException {
        return YamlFile.read(bytes, shownName, EXPECTED, top -> load(top, shownName));
    }

    private Deal load(YamlMapping top, String shownName) throws InputException {
        Optional<String> named = top.optionalText("kit");
        int[] at = named.isPresent() ? top.position("kit") : top.position();
        Kit kit = kits.kit(named, shownName, at[0], at[1]);
        DealReader reader = new DealReader();
        Positions positions = new Positions(shownName, reader.positions());
        FigureCalculator calculator = new FigureCalculator(kit);
        RuleCheck rules = new RuleCheck(kit, positions);
        String idSection = kit.facts().id().split("\\.", 2)[0];
        Map<String, Object> values = reader.read(top, kit, (section, soFar, read) -> {
            if (section.equals(idSection)) {
                checkId(kit, positions, (String) value(soFar, kit.facts().id()));
            }
            try {
                calculator.advance(soFar, read);
            } catch (FigureException e) {
                throw new InputException(shownName, 0, 0, e.path(), e.getMessage());
            }
            rules.check(soFar, calculator.figures(), read);
        });
        checkTexts(kit, positions, "", values);
        Figures figures = calculator.figures();
        return new Deal(kit, shownName, (String) value(values, kit.facts().id()), (String) value(values, kit.facts().name()),
                (String) value(values, kit.facts().author()), (LocalDate) value(values, kit.facts().date()),
                figures.withItemFigures(values), figures);
    }

    /** The deal's id names its folder under output/: a folder name of one path segment, no more. */
    private static void checkId(Kit kit, Positions positions, String id) throws InputException {
        if (!DEAL_ID.matcher(id).matches()) {
            String example = kit.field(kit.facts().id()).map(f -> f.example()).filter(e -> !e.isEmpty()).orElse("deal-2031");
            throw positions.error(kit.facts().id(), "expected an id of lower-case letters, digits and dashes like " + example
                    + ", got " + YamlScalar.quote(id));
        }
    }

    /** Every text of the deal, each at its own path, as the later stages will see it. */
    private void checkTexts(Kit kit, Positions positions, String path, Object value) throws InputException {
        if (value instanceof String text) {
            Optional<String> problem = textCheck.problem(kit, text);
            if (problem.isPresent()) {
                throw positions.error(path, problem.get());
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                checkTexts(kit, positions, path.isEmpty() ? e.getKey().toString() : path + "." + e.getKey(), e.getValue());
            }
        } else if (value instanceof java.util.List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                checkTexts(kit, positions, path + "[" + i + "]", list.get(i));
            }
        }
    }

    public Deal load(Path file) throws InputException {
        return load(file, file.toString());
    }

    /** The value at {@code path}; null when an optional field on the way is not given. */
    static Object value(Map<String, Object> values, String path) {
        return ValuePath.of(values, path).orElse(null);
    }
}
