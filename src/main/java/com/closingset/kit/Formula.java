package com.closingset.kit;

import com.ezylang.evalex.BaseException;
import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.config.MapBasedFunctionDictionary;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.functions.AbstractFunction;
import com.ezylang.evalex.functions.FunctionParameter;
import com.ezylang.evalex.functions.basic.AbsFunction;
import com.ezylang.evalex.functions.basic.CeilingFunction;
import com.ezylang.evalex.functions.basic.FloorFunction;
import com.ezylang.evalex.functions.basic.IfFunction;
import com.ezylang.evalex.functions.basic.MaxFunction;
import com.ezylang.evalex.functions.basic.MinFunction;
import com.ezylang.evalex.functions.basic.NotFunction;
import com.ezylang.evalex.parser.ParseException;
import com.ezylang.evalex.parser.Token;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A formula of a kit ({@code offering.shares * offering.price_per_unit}), evaluated by EvalEx in
 * {@link BigDecimal}: decimal, with no access to Java classes and no implicit multiplication
 * ({@code 2 x} is an error, not a product). Its functions are an allow-list: arithmetic, {@code IF},
 * {@code MIN}/{@code MAX}, {@code DATE(y, m, d)} and date steps ({@code ADD_YEARS}, {@code ADD_MONTHS}, {@code ADD_DAYS}); nothing
 * that reads the clock or draws a random number, so a formula gives the same value on any day.
 * Intermediate results carry 68 significant digits; a figure is rounded only as its kit states.
 */
public final class Formula {
    /** Precision of every intermediate result: far beyond any amount a deal states. */
    public static final MathContext PRECISION = new MathContext(68, RoundingMode.HALF_EVEN);

    // A dotted name outside string literals: what the formula reads. A name followed by "(" is a function.
    private static final Pattern NAME = Pattern.compile("\"[^\"]*\"|([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*)(\\s*\\()?");
    private static final ExpressionConfiguration CONFIG = ExpressionConfiguration.builder()
            .implicitMultiplicationAllowed(false)
            .stripTrailingZeros(false)
            .mathContext(PRECISION)
            .zoneId(ZoneOffset.UTC)
            .singleQuoteStringLiteralsAllowed(false)
            .functionDictionary(functions())
            .build();

    private final String source;
    private final List<String> reads;

    private Formula(String source, List<String> reads) {
        this.source = source;
        this.reads = reads;
    }

    /** Parses {@code source}; a syntax error names its position in the formula (from 1). */
    public static Formula parse(String source) throws FormulaException {
        try {
            new Expression(source, CONFIG).validate();
        } catch (ParseException e) {
            throw new FormulaException("at character " + (e.getStartPosition() + 1) + " of \"" + source + "\": "
                    + e.getMessage().replaceAll("\\.$", ""));
        }
        Set<String> names = new LinkedHashSet<>();
        Matcher m = NAME.matcher(source);
        while (m.find()) {
            if (m.group(1) != null && m.group(2) == null && !KEYWORDS.contains(m.group(1).toUpperCase(java.util.Locale.ROOT))) {
                names.add(m.group(1));
            }
        }
        return new Formula(source, List.copyOf(names));
    }

    private static final Set<String> KEYWORDS = Set.of("TRUE", "FALSE", "NULL", "PI", "E");

    public String source() {
        return source;
    }

    /** The dotted names the formula reads, in order of first mention ({@code offering.shares}). */
    public List<String> reads() {
        return reads;
    }

    /**
     * The value of the formula with {@code values} (names to numbers, texts, dates, yes/no, maps and
     * lists of them): a {@link BigDecimal}, {@link String}, {@link Boolean} or {@link LocalDate}.
     */
    public Object evaluate(Map<String, ?> values) throws FormulaException {
        EvaluationValue v;
        Map<String, Object> read = new java.util.HashMap<>();
        for (String name : reads) {
            String root = name.split("\\.", 2)[0];
            if (values.containsKey(root)) {
                read.putIfAbsent(root, values.get(root));
            }
        }
        try {
            v = new Expression(source, CONFIG).withValues(read).evaluate();
        } catch (EvaluationException | ParseException e) {
            throw new FormulaException(problem(e));
        }
        if (v.isNumberValue()) {
            return v.getNumberValue();
        }
        if (v.isBooleanValue()) {
            return v.getBooleanValue();
        }
        if (v.isDateTimeValue()) {
            return LocalDate.ofInstant(v.getDateTimeValue(), ZoneOffset.UTC);
        }
        if (v.isStringValue()) {
            return v.getStringValue();
        }
        throw new FormulaException("\"" + source + "\" gives " + v.getDataType().name().toLowerCase(java.util.Locale.ROOT)
                + ", not a number, text, date or yes/no");
    }

    private String problem(BaseException e) {
        String message = e.getMessage() == null ? "cannot be evaluated" : e.getMessage().replaceAll("\\.$", "");
        if (message.equalsIgnoreCase("division by zero")) {
            return "division by zero in " + source;
        }
        return message.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + message.substring(1) + " in " + source;
    }

    private static MapBasedFunctionDictionary functions() {
        MapBasedFunctionDictionary d = new MapBasedFunctionDictionary();
        d.addFunction("ABS", new AbsFunction());
        d.addFunction("CEILING", new CeilingFunction());
        d.addFunction("FLOOR", new FloorFunction());
        d.addFunction("IF", new IfFunction());
        d.addFunction("MAX", new MaxFunction());
        d.addFunction("MIN", new MinFunction());
        d.addFunction("NOT", new NotFunction());
        d.addFunction("ADD_YEARS", new DateStep(ChronoStep.YEARS));
        d.addFunction("ADD_MONTHS", new DateStep(ChronoStep.MONTHS));
        d.addFunction("ADD_DAYS", new DateStep(ChronoStep.DAYS));
        d.addFunction("DATE", new DateOf());
        return d;
    }

    /** {@code DATE(2007, 7, 30)}: a calendar date, to compare a deal's dates with (a rule's change of era, say). */
    @FunctionParameter(name = "year")
    @FunctionParameter(name = "month")
    @FunctionParameter(name = "day")
    private static final class DateOf extends AbstractFunction {
        @Override
        public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... p) throws EvaluationException {
            try {
                return expression.convertValue(LocalDate.of(p[0].getNumberValue().intValueExact(),
                        p[1].getNumberValue().intValueExact(), p[2].getNumberValue().intValueExact()));
            } catch (ArithmeticException | java.time.DateTimeException | IllegalStateException e) {
                throw new EvaluationException(token, "DATE takes a year, a month and a day that make a real date");
            }
        }
    }

    private enum ChronoStep { YEARS, MONTHS, DAYS }

    /** A calendar date moved by whole years, months or days (February 29 plus a year is February 28). */
    @FunctionParameter(name = "date")
    @FunctionParameter(name = "count")
    private static final class DateStep extends AbstractFunction {
        private final ChronoStep step;

        DateStep(ChronoStep step) {
            this.step = step;
        }

        @Override
        public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... p) throws EvaluationException {
            if (!p[0].isDateTimeValue() || !p[1].isNumberValue()) {
                throw new EvaluationException(token, "ADD_" + step + " takes a date and a whole number");
            }
            LocalDate date = LocalDate.ofInstant(p[0].getDateTimeValue(), ZoneOffset.UTC);
            long n;
            try {
                n = p[1].getNumberValue().longValueExact();
            } catch (ArithmeticException e) {
                throw new EvaluationException(token, "ADD_" + step + " takes a whole number, got " + p[1].getNumberValue());
            }
            LocalDate moved = switch (step) {
                case YEARS -> date.plusYears(n);
                case MONTHS -> date.plusMonths(n);
                case DAYS -> date.plusDays(n);
            };
            return expression.convertValue(moved);
        }
    }

    /**
     * A deal's values as a formula can read them: times of day and time zones as their text (EvalEx
     * has no such types), maps and lists copied through.
     */
    public static Object readable(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            m.forEach((k, v) -> out.put((String) k, readable(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            return l.stream().map(Formula::readable).toList();
        }
        if (value instanceof java.time.LocalTime || value instanceof java.time.ZoneId) {
            return value.toString();
        }
        return value;
    }


}
